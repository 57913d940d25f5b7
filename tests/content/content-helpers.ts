// Loads the course content the way the build does, for the content tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseStudyData } from '../../src/lib/quiz/types';
import { readLectureIndex } from '../../src/lib/mdx/vite-plugin-lecture-index';

export const root = join(__dirname, '../..');
export const lectureIndex = readLectureIndex(root);

export function mdxSource(file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

function isCase(value: unknown): value is CaseStudyData {
  return typeof value === 'object' && value !== null && 'questions' in value && 'lectureId' in value;
}

export interface LectureCases {
  folder: string;
  /** Exported name → case */
  named: Map<string, CaseStudyData>;
  list: CaseStudyData[];
}

export async function loadLectureCases(): Promise<LectureCases[]> {
  const folders = readdirSync(join(root, 'content/lectures')).filter((f) => /^\d{2}-/.test(f));
  return Promise.all(
    folders.map(async (folder) => {
      const mod = (await import(`../../content/lectures/${folder}/cases.ts`)) as Record<string, unknown>;
      const named = new Map<string, CaseStudyData>();
      for (const [name, value] of Object.entries(mod)) if (isCase(value)) named.set(name, value);
      return { folder, named, list: (mod.lectureCases as CaseStudyData[]) ?? [] };
    }),
  );
}

/** Every text file under content/ (for the placeholder check). */
export function contentFiles(dir = join(root, 'content')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(path);
    return /\.(mdx|ts|md)$/.test(entry.name) ? [path] : [];
  });
}
