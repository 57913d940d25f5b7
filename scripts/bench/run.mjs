// `npm run bench`: builds the site and prints every figure: sizes, Lighthouse (mobile, median of
// 3) for home, a lecture, the case bank and the audience view (first visits), and a lecture opened
// by a returning learner, and in-browser timings.
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { largeProgressFigures, printLargeProgress } from './large-progress.mjs';
import { lighthouseFigures } from './lighthouse.mjs';
import { serveDist } from './serve.mjs';
import { sizeFigures } from './sizes.mjs';
import { timingFigures } from './timings.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const fmt = (n, digits = 1) => n.toFixed(digits);

execSync('npx vite build', { stdio: 'inherit' });
const sizes = sizeFigures(dist);
console.log('\n== Sizes (gzip)');
console.log(`home screen initial JS+CSS   ${fmt(sizes.homeInitialKb)} KB   (budget 110 KB)`);
for (const l of sizes.lectures) console.log(`lecture chunk ${l.name.padEnd(16)} ${fmt(l.kb)} KB   (budget 40 KB)`);
const fs = sizes.firstScreens;
console.log(
  `prerendered first screens    ${fs.files} files, ${fmt(fs.smallest)}–${fmt(fs.largest)} KB each (fetched before the app)`,
);
console.log(
  `whole precache               ${fmt(sizes.precache.gzip)} KB gzip, ${fmt(sizes.precache.raw)} KB raw, ${sizes.precache.files} files`,
);

const server = await serveDist(Number(process.env.BENCH_PORT || 4180));
try {
  const pages = [
    { name: 'home', url: `${server.url}#/` },
    { name: 'lecture', url: `${server.url}#/lectures/understanding` },
    { name: 'case bank', url: `${server.url}#/cases` },
    { name: 'audience view', url: `${server.url}#/present/understanding/1` },
    // Not prerendered: a returning learner's lecture opens where they stopped (src/app/first-screen.ts).
    { name: 'lecture (back)', url: `${server.url}#/lectures/understanding`, returning: true },
  ];
  console.log('\n== Lighthouse (mobile preset, median of 3; first visits, and a returning learner)');
  console.log('page            perf  a11y  best-pr  LCP ms   TBT ms   CLS');
  for (const f of await lighthouseFigures(pages, Number(process.env.BENCH_RUNS || 3))) {
    console.log(
      `${f.name.padEnd(15)} ${fmt(f.performance, 0).padStart(4)}  ${fmt(f.accessibility, 0).padStart(4)}  ${fmt(f.bestPractices, 0).padStart(7)}  ${fmt(f.lcpMs, 0).padStart(6)}  ${fmt(f.tbtMs, 0).padStart(7)}  ${fmt(f.cls, 3)}`,
    );
  }
  const t = await timingFigures(server.url, Number(process.env.BENCH_SAMPLES || 25));
  console.log(`\n== In-browser timings (median of ${t.samples})`);
  console.log(`slide change → painted            ${fmt(t.slideChangeMs)} ms   (target ≤ 16 ms)`);
  console.log(`quiz answer → feedback painted    ${fmt(t.feedbackMs)} ms   (target ≤ 16 ms)`);
  console.log(`presenter → audience painted      ${fmt(t.presenterSyncMs)} ms   (target ≤ 50 ms)`);
  printLargeProgress(await largeProgressFigures(server.url, Number(process.env.BENCH_SAMPLES || 15)));
} finally {
  await server.stop();
}
