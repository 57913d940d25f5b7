// `virtual:lecture-text`: the text of every slide of every lecture, for the course search. Its own
// module so only the search screen's chunk carries it (the lecture index stays tiny).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { slideTexts } from './slide-text.ts';
import { virtualLectureModule } from './virtual-lecture-module.ts';

const FOLDER_PATTERN = /^\d{2}-([a-z]+)$/;

/** Lecture id → the text of each slide, read from content/lectures/NN-id/index.mdx. */
export function readLectureText(root: string): Record<string, string[]> {
  const lecturesDir = join(root, 'content/lectures');
  const texts: Record<string, string[]> = {};
  for (const folder of readdirSync(lecturesDir).sort()) {
    const match = FOLDER_PATTERN.exec(folder);
    if (match) texts[match[1]] = slideTexts(readFileSync(join(lecturesDir, folder, 'index.mdx'), 'utf8'));
  }
  return texts;
}

export function lectureTextPlugin(): Plugin {
  return virtualLectureModule({
    name: 'lecture-text',
    id: 'virtual:lecture-text',
    build: (root) => {
      const dir = join(root, 'content/lectures');
      const files = readdirSync(dir)
        .filter((folder) => FOLDER_PATTERN.test(folder))
        .map((folder) => join(dir, folder, 'index.mdx'));
      return { code: `export const lectureText = ${JSON.stringify(readLectureText(root))};`, files };
    },
  });
}
