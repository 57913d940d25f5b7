import { attemptOrder, seededShuffle } from '../shuffle';
import type { MatchingQuestion } from '../types';
import { fraction, type KindModel } from './kind-model';

/** The distinct right-hand texts in the attempt's order (without a seed: the order fixed by the id). */
export function matchingRights(question: MatchingQuestion, seed?: number): string[] {
  const rights = [...new Set(question.pairs.map((p) => p.right))];
  return seed === undefined ? seededShuffle(rights, question.id) : attemptOrder(rights, `${question.id}:right`, seed);
}

export const matching: KindModel<'matching'> = {
  kind: 'matching',
  label: '配对题',
  initialDraft: () => ({ kind: 'matching', matches: {} }),
  draftProblem: (question, draft) => {
    const missing = question.pairs.filter((p) => !draft.matches[p.id]).length;
    return missing === 0 ? null : `还有 ${missing} 项没有配对。`;
  },
  grade: (question, answer) =>
    fraction(question.pairs.filter((pair) => answer.matches[pair.id] === pair.right).length, question.pairs.length),
  correctAnswer: (question) => ({
    kind: 'matching',
    matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.right])),
  }),
  answerLines: (question) => question.pairs.map((pair) => `${pair.left} → ${pair.right}`),
  responseText: (question, answer) =>
    question.pairs.map((pair) => `${pair.left} → ${answer.matches[pair.id] || '（未配对）'}`).join('；'),
  // The left column in the attempt's order; the right column comes from `matchingRights`.
  arrange: (question, seed) => ({ ...question, pairs: attemptOrder(question.pairs, question.id, seed) }),
};
