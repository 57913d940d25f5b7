// Which files hold learner-facing text, grouped so a lint run or a test can name one lecture.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { learnerTextUnits, type TextUnit } from './learner-text';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Lecture text and cases, the handbook and other content data, and the app's UI strings. */
export function learnerFiles(root: string): string[] {
  const content = walk(join(root, 'content')).filter((f) => /\/lectures\/\d{2}-[a-z]+\/index\.mdx$|\.ts$/.test(f));
  const ui = walk(join(root, 'src')).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
  return [...content, ...ui].map((f) => relative(root, f).split('\\').join('/')).sort();
}

/** The group a file is reported under: its lecture folder, `content/handbook`, `content`, or `src`. */
export function groupOf(file: string): string {
  const lecture = /^content\/lectures\/\d{2}-[a-z]+/.exec(file);
  if (lecture) return lecture[0];
  if (file.startsWith('content/handbook/')) return 'content/handbook';
  return file.split('/')[0];
}

/** Files under any of `targets` (files or folders, relative to root); every learner file if none. */
export function selectFiles(root: string, targets: string[]): string[] {
  const all = learnerFiles(root);
  if (targets.length === 0) return all;
  const wanted = targets.map((t) => t.replace(/^\.\//, '').replace(/\/$/, ''));
  return all.filter((f) => wanted.some((t) => f === t || f.startsWith(t + '/')));
}

export function unitsOf(root: string, files: string[]): TextUnit[] {
  return files.flatMap((file) => learnerTextUnits(file, readFileSync(join(root, file), 'utf8')));
}
