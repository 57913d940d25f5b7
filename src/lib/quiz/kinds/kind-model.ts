// What every question kind must provide. Each kind lives in its own file beside this one and is
// listed once in `question-kinds.ts`; nothing else switches on `question.kind`.
import type { Answer, Grade } from '../answers';
import type { Question } from '../types';

export type QuestionOf<K extends Question['kind']> = Extract<Question, { kind: K }>;
export type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

export interface KindModel<K extends Question['kind']> {
  kind: K;
  /** Shown above the question, e.g. 单选题. */
  label: string;
  /** The draft an attempt starts from; `seed` is the attempt's shuffle seed. */
  initialDraft: (question: QuestionOf<K>, seed?: number) => Answer | null;
  /** Why a draft cannot be submitted yet, in plain Chinese; null when it is complete. */
  draftProblem: (question: QuestionOf<K>, draft: AnswerOf<K>) => string | null;
  grade: (question: QuestionOf<K>, answer: AnswerOf<K>) => Grade;
  /** The model answer as an Answer (null where there is no single one, e.g. a role-play). */
  correctAnswer: (question: QuestionOf<K>) => Answer | null;
  /** The right answer as lines of text (show-answer panels, exam results, the LMS's correct response). */
  answerLines: (question: QuestionOf<K>) => string[];
  /** The learner's answer as plain text (exam results, the LMS's learner response). */
  responseText: (question: QuestionOf<K>, answer: AnswerOf<K>) => string;
  /**
   * The question as this attempt shows it: options, choices or columns in the attempt's shuffled
   * order. Without a seed (attempts saved before seeds, the projector), the written order.
   */
  arrange: (question: QuestionOf<K>, seed?: number) => QuestionOf<K>;
}

export const exact = (ok: boolean): Grade => ({ correct: ok, score: ok ? 1 : 0 });

export function fraction(right: number, total: number): Grade {
  const score = total === 0 ? 0 : right / total;
  return { correct: right === total, score };
}

export const optionText = (options: { id: string; text: string }[], id: string) =>
  options.find((o) => o.id === id)?.text ?? '';
