import { lazy, type LazyExoticComponent } from 'react';
import { type Lecture, lectures, loadLectureBody, type MdxBody } from './lectures';

function lazyBody(lecture: Lecture): LazyExoticComponent<MdxBody> {
  return lazy(() => loadLectureBody(lecture));
}

/** One React.lazy component per lecture, made once at load so that re-renders never reload it. */
export const lectureBodies: Record<string, LazyExoticComponent<MdxBody>> = Object.fromEntries(
  lectures.map((lecture) => [lecture.file, lazyBody(lecture)]),
);

/** After a failed load (e.g. offline), a fresh lazy component so that "retry" really retries. */
export function forgetLectureBody(lecture: Lecture): void {
  lectureBodies[lecture.file] = lazyBody(lecture);
}
