// Build-size figures: the home screen's initial JS+CSS, each lecture chunk, the prerendered first
// screens, the whole precache.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { homeInitialFiles } from '../../tests/budget/home-files.mjs';

const gzipKb = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

export function sizeFigures(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const initial = homeInitialFiles(dist);
  const lectures = Object.keys(manifest)
    .filter((k) => /content\/lectures\/[^/]+\/index\.mdx$/.test(k))
    .sort()
    .map((k) => ({ name: k.split('/')[2], kb: gzipKb(join(dist, manifest[k].file)) }));
  // The service worker's precache list: every file the course needs offline.
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const precache = urls.reduce(
    (sum, url) => ({ raw: sum.raw + statSync(join(dist, url)).size / 1024, gzip: sum.gzip + gzipKb(join(dist, url)) }),
    { raw: 0, gzip: 0 },
  );
  const firstScreens = readdirSync(join(dist, 'first-screens')).map((file) =>
    gzipKb(join(dist, 'first-screens', file)),
  );
  return {
    homeInitialKb: initial.reduce((sum, f) => sum + gzipKb(join(dist, f)), 0),
    lectures,
    firstScreens: {
      files: firstScreens.length,
      smallest: Math.min(...firstScreens),
      largest: Math.max(...firstScreens),
    },
    precache: { files: urls.length, ...precache },
  };
}
