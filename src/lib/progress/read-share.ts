// Derived reading progress (the store keeps only raw facts).
import type { Lecture } from '../content/lectures';
import { readableSlides } from '../content/readable-slides';
import type { LectureProgress } from '../../store/progress-slice';

/** Share of the lecture's sections to read that have been read, 0–1. */
export function readShare(lecture: Lecture, progress: LectureProgress | undefined): number {
  const slides = readableSlides(lecture);
  if (!progress || slides.length === 0) return 0;
  const seen = new Set(progress.seen);
  return slides.filter((s) => seen.has(s.index)).length / slides.length;
}
