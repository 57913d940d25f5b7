// The question-kind registry: one model per kind (kinds/<kind>.ts), looked up here. Adding a kind
// means adding its file and one line below; callers use the functions in this file.
import type { Answer, Grade } from './answers';
import type { KindModel } from './kinds/kind-model';
import { matching } from './kinds/matching';
import { multipleChoice } from './kinds/multiple';
import { ordering } from './kinds/ordering';
import { rewrite } from './kinds/rewrite';
import { rolePlay } from './kinds/roleplay';
import { singleChoice } from './kinds/single';
import { trueFalse } from './kinds/truefalse';
import type { Question, QuestionKind } from './types';

const models: { [K in QuestionKind]: KindModel<K> } = {
  single: singleChoice,
  multiple: multipleChoice,
  truefalse: trueFalse,
  ordering,
  matching,
  rewrite,
  roleplay: rolePlay,
};

/** The model of a question's kind, typed for that question (TypeScript cannot narrow a lookup). */
function modelOf<Q extends Question>(
  question: Q,
): KindModel<Q['kind']> & {
  [F in 'draftProblem' | 'grade' | 'responseText']: (
    question: Q,
    answer: Answer,
  ) => ReturnType<KindModel<Q['kind']>[F]>;
} {
  return models[question.kind] as never;
}

export const kindLabel = (kind: QuestionKind): string => models[kind].label;

export const initialDraft = (question: Question, seed?: number): Answer | null =>
  modelOf(question).initialDraft(question as never, seed);

/** Why a draft cannot be submitted yet, in plain Chinese; null when it is complete. */
export function draftProblem(question: Question, draft: Answer | null): string | null {
  if (!draft || draft.kind !== question.kind)
    return question.kind === 'truefalse' ? '请先判断“正确”或“错误”。' : '请先作答。';
  return modelOf(question).draftProblem(question, draft);
}

/** Scores are 0–1; `correct` means fully right. An answer of another kind scores nothing. */
export function grade(question: Question, answer: Answer): Grade {
  if (answer.kind !== question.kind) return { correct: false, score: 0 };
  return modelOf(question).grade(question, answer);
}

/** The model answer of a question, as an Answer (for "show answer"). */
export const correctAnswer = (question: Question): Answer | null => modelOf(question).correctAnswer(question as never);

/** The right answer as lines of text: show-answer panels, exam results, the LMS's correct response. */
export const answerLines = (question: Question): string[] => modelOf(question).answerLines(question as never);

/** The learner's answer as plain text: exam results, the LMS's learner response. */
export function responseText(question: Question, answer: Answer | null): string {
  if (!answer || answer.kind !== question.kind) return '';
  return modelOf(question).responseText(question, answer);
}

/** The question as the attempt with this seed shows it (shuffled options, choices, columns). */
export const arrangeQuestion = <Q extends Question>(question: Q, seed?: number): Q =>
  modelOf(question).arrange(question as never, seed) as never;
