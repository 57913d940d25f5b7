// The course's lectures: frontmatter and slide lists (built at compile time, tiny), plus a lazy
// loader per lecture body so that each lecture is its own chunk.
import type { ComponentType } from 'react';
import { lectureIndex } from 'virtual:lecture-index';
import type { LectureIndexEntry } from './lecture-index-types';
import type { LectureId } from '../quiz/types';

export type Lecture = LectureIndexEntry;
export type MdxBody = ComponentType<{ components?: Record<string, ComponentType<never>> }>;

const bodyLoaders = import.meta.glob<{ default: MdxBody }>('/content/lectures/*/index.mdx');

// Built and validated by the lecture-index Vite plugin at compile time.
export const lectures = lectureIndex as Lecture[];

export function findLecture(id: string | undefined): Lecture | undefined {
  return lectures.find((lecture) => lecture.frontmatter.id === id);
}

export function lectureNumber(lecture: Lecture): number {
  return lecture.frontmatter.order;
}

export function neighbours(id: LectureId): { previous?: Lecture; next?: Lecture } {
  const i = lectures.findIndex((lecture) => lecture.frontmatter.id === id);
  return { previous: lectures[i - 1], next: lectures[i + 1] };
}

export function loadLectureBody(lecture: Lecture): Promise<{ default: MdxBody }> {
  const load = bodyLoaders[lecture.file];
  if (!load) return Promise.reject(new Error(`没有找到讲义文件 ${lecture.file}`));
  return load();
}
