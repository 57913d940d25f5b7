// The files the home screen loads before it is interactive, from the build manifest: the entry
// (index.html's script, with its styles) and the app chunk it starts (src/boot.tsx), each with
// everything they import statically, plus the first-screen hint script in index.html.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const APP_CHUNK = 'src/boot.tsx';

export function homeInitialFiles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey || !manifest[APP_CHUNK]) throw new Error(`The manifest has no entry or no ${APP_CHUNK} chunk.`);
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  visit(APP_CHUNK);
  if (existsSync(join(dist, 'first-screen.js'))) files.add('first-screen.js');
  return [...files];
}
