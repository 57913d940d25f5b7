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
   * This browser's answer counter. It breaks ties of `at`: a device clock that ran ahead leaves
   * times that are clamped to one moment on reading, and the counter keeps their order.
   */
  seq?: number;
}

/** Earlier first: by time (which the store keeps from running backwards), then by the counter. */
export function compareAttempts(a: Attempt, b: Attempt): number {
  return a.at - b.at || (a.seq ?? 0) - (b.seq ?? 0);
}
