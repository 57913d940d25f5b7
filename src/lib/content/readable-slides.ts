// The sections a learner reads. A slide that is classroom scaffolding only (an icebreaker, the
// instructor's introduction) is marked `classroomOnly` in the lecture index and is hidden from the
// reading view, so every "sections to read" count, list and pager goes through this one function.
import type { SlideInfo } from '../mdx/describe-slides.ts';
import type { LectureIndexEntry } from './lecture-index-types.ts';

export function isReadable(slide: SlideInfo): boolean {
  return !slide.classroomOnly;
}

export function readableSlides(lecture: Pick<LectureIndexEntry, 'slides'>): SlideInfo[] {
  return lecture.slides.filter(isReadable);
}

/**
 * The section an address or a saved position lands on: itself if it is read, else the next section
 * that is (an instructor's link to an icebreaker opens the reading where the teaching goes on).
 */
export function nearestReadable(slides: readonly SlideInfo[], n: number): number {
  return slides.find((s) => s.index >= n)?.index ?? slides.at(-1)?.index ?? n;
}
