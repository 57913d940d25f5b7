import { lazy, type LazyExoticComponent } from 'react';
import { type Lecture, loadLectureBody, type MdxBody } from '../../lib/content/lectures';

const cache = new Map<string, LazyExoticComponent<MdxBody>>();

/** One React.lazy component per lecture, created once so that re-renders never reload it. */
export function lectureBody(lecture: Lecture): LazyExoticComponent<MdxBody> {
  let body = cache.get(lecture.file);
  if (!body) {
    body = lazy(() => loadLectureBody(lecture));
    cache.set(lecture.file, body);
  }
  return body;
}

/** After a failed load (e.g. offline), forget the cached attempt so "retry" really retries. */
export function forgetLectureBody(lecture: Lecture): void {
  cache.delete(lecture.file);
}
