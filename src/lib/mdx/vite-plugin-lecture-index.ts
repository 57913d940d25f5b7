// `virtual:lecture-index`: every lecture's frontmatter and slide list, read from the MDX sources
// at build time. Menus and the table of contents need them before (or without) loading a
// lecture body, and a malformed frontmatter fails the build with the file and field named.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { validateFrontmatter } from '../content/frontmatter-schema.ts';
import type { LectureIndexEntry } from '../content/lecture-index-types.ts';
import { parseLecture } from './describe-slides.ts';
import { virtualLectureModule } from './virtual-lecture-module.ts';

const FOLDER_PATTERN = /^(\d{2})-([a-z]+)$/;

/** Reads and validates all lectures under `lecturesDir`, sorted by their `order`. */
export function readLectureIndex(root: string, lecturesDir = join(root, 'content/lectures')): LectureIndexEntry[] {
  const entries: LectureIndexEntry[] = [];
  for (const folder of readdirSync(lecturesDir).sort()) {
    const match = FOLDER_PATTERN.exec(folder);
    if (!match) continue;
    const path = join(lecturesDir, folder, 'index.mdx');
    const file = '/' + relative(root, path).split('\\').join('/');
    const parsed = parseLecture(readFileSync(path, 'utf8'));
    const frontmatter = validateFrontmatter(file, parsed.frontmatter);
    if (frontmatter.id !== match[2]) {
      throw new Error(`${file}: invalid frontmatter\n  - id: "${frontmatter.id}" does not match folder "${folder}"`);
    }
    entries.push({ file, frontmatter, slides: parsed.slides });
  }
  return entries.sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

export function lectureIndexPlugin(): Plugin {
  return virtualLectureModule({
    name: 'lecture-index',
    id: 'virtual:lecture-index',
    build: (root) => {
      const lectures = readLectureIndex(root);
      return {
        code: `export const lectureIndex = ${JSON.stringify(lectures)};`,
        files: lectures.map((lecture) => join(root, lecture.file)),
      };
    },
  });
}
