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
  /** The shuffle seed of this attempt: review and replay show the options in the order the learner saw. */
  seed?: number;
}
