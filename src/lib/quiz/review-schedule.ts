// The mistake notebook's schedule: a Leitner box. A wrong answer puts the question in box 1, due
// at once; each right answer in review moves it up a box and spaces the next review further out;
// right in the last box and it is mastered (leaves the schedule).

export interface ReviewEntry {
  box: number;
  /** When it is due next (ms since epoch). */
  due: number;
  /** Whether the most recent answer was wrong (it stays on the "redo" list until redone right). */
  lastWrong: boolean;
  wrongCount: number;
  firstWrongAt: number;
}

const DAY = 24 * 60 * 60 * 1000;
/** Days until the next review after a right answer, by the box reached. */
export const BOX_INTERVAL_DAYS = [0, 0, 1, 3, 7, 14];
export const LAST_BOX = BOX_INTERVAL_DAYS.length - 1;

export function scheduleAfterAnswer(
  entry: ReviewEntry | undefined,
  correct: boolean,
  mode: string,
  now: number,
): ReviewEntry | undefined {
  if (!correct) {
    return {
      box: 1,
      due: now,
      lastWrong: true,
      wrongCount: (entry?.wrongCount ?? 0) + 1,
      firstWrongAt: entry?.firstWrongAt ?? now,
    };
  }
  if (!entry) return undefined;
  // A right answer outside review clears the "redo" flag but does not skip the spacing.
  if (mode !== 'review' && !entry.lastWrong) return entry;
  if (entry.box >= LAST_BOX) return undefined;
  const box = entry.box + 1;
  return { ...entry, box, lastWrong: false, due: now + BOX_INTERVAL_DAYS[box] * DAY };
}

export function isDue(entry: ReviewEntry, now: number): boolean {
  return entry.due <= now;
}

export function dueCount(review: Record<string, ReviewEntry>, now: number): number {
  return Object.values(review).filter((entry) => isDue(entry, now)).length;
}
