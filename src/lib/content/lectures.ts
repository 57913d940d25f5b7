// The course's lectures: frontmatter and slide lists (built at compile time, tiny). Each body is
// its own chunk (lecture-body-loaders.ts).
import { lectureIndex } from 'virtual:lecture-index';
import type { MdxBody } from './lecture-body-loaders';
import type { LectureIndexEntry } from './lecture-index-types';
import type { LectureId } from '../quiz/types';

export type Lecture = LectureIndexEntry;
export type { MdxBody };

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
