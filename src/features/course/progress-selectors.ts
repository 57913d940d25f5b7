// Derived reading progress (the store keeps only raw facts).
import type { Lecture } from '../../lib/content/lectures';
import type { LectureProgress } from '../../store/progress-slice';

export function readShare(lecture: Lecture, progress: LectureProgress | undefined): number {
  if (!progress || lecture.slides.length === 0) return 0;
  const valid = progress.seen.filter((n) => n >= 1 && n <= lecture.slides.length);
  return valid.length / lecture.slides.length;
}

export interface ResumePoint {
  lecture: Lecture;
  slide: number;
}

/** The lecture the learner was in most recently, and where. */
export function resumePoint(
  lectures: Lecture[],
  progress: Partial<Record<string, LectureProgress>>,
): ResumePoint | null {
  let best: ResumePoint | null = null;
  let bestTime = 0;
  for (const lecture of lectures) {
    const p = progress[lecture.frontmatter.id];
    if (!p || p.updatedAt <= bestTime) continue;
    bestTime = p.updatedAt;
    best = { lecture, slide: Math.min(Math.max(1, p.last), lecture.slides.length) };
  }
  return best;
}
