// One saved answer to one question: the raw fact that scores and the review queue derive from.
import type { Answer } from './answers';

export type AttemptMode = 'lecture' | 'bank' | 'exam' | 'review';

export interface Attempt {
  questionId: string;
  caseId: string;
  answer: Answer | null;
  correct: boolean;
  /** 0–1 */
  score: number;
  /** ms since epoch */
  at: number;
  /** How long the trainee took, in ms (0 if unknown). */
  durationMs: number;
  mode: AttemptMode;
  /** The trainee asked to see the answer instead of answering. */
  revealed?: boolean;
  /** The shuffle the question was shown with. */
  seed?: number;
  /**
   * The order it was made in (a counter the store keeps): a device clock that jumps cannot put a
   * later answer before an earlier one. Missing only before the store numbers it.
   */
  seq?: number;
}

/** Earlier first: by the store's counter, then (for answers made at once in two tabs) by time. */
export function compareAttempts(a: Attempt, b: Attempt): number {
  return (a.seq ?? 0) - (b.seq ?? 0) || a.at - b.at;
}
