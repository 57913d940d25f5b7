// What every question kind shows: the learner's input and the class (projector) view. Each kind's
// view lives in its own file beside this one and is listed once in `question-kind-views.ts`.
import type { ComponentType } from 'react';
import type { Answer, Grade } from '../../../lib/quiz/answers';
import type { QuestionOf } from '../../../lib/quiz/kinds/kind-model';
import type { QuestionKind } from '../../../lib/quiz/types';

export interface InputProps<K extends QuestionKind> {
  /** As this attempt shows it (already arranged by the attempt's seed). */
  question: QuestionOf<K>;
  seed?: number;
  draft: Answer | null;
  onChange: (draft: Answer) => void;
  /** Set once the answer has been graded: inputs lock and mark the learner's choices. */
  grade: Grade | null;
  /** The learner asked for the answer: mark it too. */
  revealed: boolean;
}

export interface KindView<K extends QuestionKind> {
  /** Null for a kind that plays itself (the role-play). */
  Input: ComponentType<InputProps<K>> | null;
  /** What the class sees on the projector, in the written order (an instructor says “A、B、C”). */
  ClassView: ComponentType<{ question: QuestionOf<K> }>;
}

export const letters = 'ABCDEFGHIJ';
