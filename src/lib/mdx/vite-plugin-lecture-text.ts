// `virtual:lecture-text`: the text of every slide of every lecture, for the course search. Its own
// module so only the search screen's chunk carries it (the lecture index stays tiny).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { slideTexts } from './slide-text.ts';

const VIRTUAL_ID = 'virtual:lecture-text';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
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
  let root = process.cwd();
  return {
    name: 'lecture-text',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const texts = readLectureText(root);
      for (const folder of readdirSync(join(root, 'content/lectures')))
        if (FOLDER_PATTERN.test(folder)) this.addWatchFile(join(root, 'content/lectures', folder, 'index.mdx'));
      return `export const lectureText = ${JSON.stringify(texts)};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.mdx')) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
