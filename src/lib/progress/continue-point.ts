// "Continue here": the one answer the home page, the progress page and a reopened lecture give.
import type { Lecture } from '../content/lectures.ts';
import { readableSlides } from '../content/readable-slides.ts';
import type { LectureProgress } from '../../store/progress-slice.ts';

export interface ContinuePoint {
  lecture: Lecture;
  slide: number;
}

type ReadingProgress = Partial<Record<string, LectureProgress>>;

/** Where the reader stopped in a lecture: the last section they were at, if it is one to read. */
export function stoppedAt(lecture: Lecture, progress: LectureProgress | undefined): number | null {
  if (!progress || progress.updatedAt === 0) return null;
  const slides = readableSlides(lecture).map((s) => s.index);
  if (slides.includes(progress.last)) return progress.last;
  // A position on a section that is no longer read (hidden, removed): the next readable one.
  return slides.find((n) => n > progress.last) ?? slides.at(-1) ?? null;
}

/**
 * Where to continue reading: in the lecture the learner read most recently, where they stopped,
 * unless every section of it is read; then the first unread section of the lectures after it (and
 * then before it). Null when nothing has been read yet or everything has.
 */
export function continuePoint(lectures: Lecture[], progress: ReadingProgress): ContinuePoint | null {
  let recent = -1;
  lectures.forEach((lecture, i) => {
    const updated = progress[lecture.frontmatter.id]?.updatedAt ?? 0;
    if (updated > 0 && (recent < 0 || updated > (progress[lectures[recent].frontmatter.id]?.updatedAt ?? 0)))
      recent = i;
  });
  if (recent < 0) return null;
  const unread = (lecture: Lecture) => {
    const seen = new Set(progress[lecture.frontmatter.id]?.seen ?? []);
    return readableSlides(lecture).find((s) => !seen.has(s.index))?.index ?? null;
  };
  const last = lectures[recent];
  const at = stoppedAt(last, progress[last.frontmatter.id]);
  if (at !== null && unread(last) !== null) return { lecture: last, slide: at };
  for (const lecture of [...lectures.slice(recent + 1), ...lectures.slice(0, recent)]) {
    const slide = unread(lecture);
    if (slide !== null) return { lecture, slide };
  }
  return null;
}
