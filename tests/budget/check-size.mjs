// Size budget: prints the gzip size of the home screen's initial JS+CSS, what motion adds to it,
// and each lecture chunk, and fails when one is over budget. Reads dist/.vite/manifest.json (run after the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { homeInitialFiles } from './home-files.mjs';

export const BUDGET_KB = { initial: 112, lecture: 40, motionInitial: 6 };
const dist = new URL('../../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

let failed = false;
const line = (label, kb, budget) => {
  const over = kb > budget;
  failed ||= over;
  console.log(
    `${over ? 'OVER' : 'ok  '}  ${label.padEnd(48)} ${kb.toFixed(1).padStart(6)} KB gzip (budget ${budget} KB)`,
  );
};

const initial = homeInitialFiles(dist);
line(
  'home screen initial JS+CSS',
  initial.reduce((sum, f) => sum + gzipKb(f), 0),
  BUDGET_KB.initial,
);
for (const f of initial) console.log(`        ${f.padEnd(46)} ${gzipKb(f).toFixed(1).padStart(6)} KB`);

// What the motion library adds to the first screen (from the build's size report).
const sizeReport = JSON.parse(readFileSync(join(dist, '.vite/size-report.json'), 'utf8'));
const motionKb = initial.reduce((sum, f) => sum + (sizeReport[f]?.motionGzipBytes ?? 0), 0) / 1024;
line('motion on the first screen', motionKb, BUDGET_KB.motionInitial);

const lectureKeys = Object.keys(manifest)
  .filter((k) => /content\/lectures\/[^/]+\/index\.mdx$/.test(k))
  .sort();
if (lectureKeys.length === 0) {
  console.log('OVER  no lecture chunks found in the manifest');
  failed = true;
}
for (const key of lectureKeys)
  line(`lecture chunk ${key.split('/')[2]}`, gzipKb(manifest[key].file), BUDGET_KB.lecture);

if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}
console.log('Size budget met.');
