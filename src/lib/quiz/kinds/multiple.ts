import { attemptOrder } from '../shuffle';
import type { KindModel } from './kind-model';

export const multipleChoice: KindModel<'multiple'> = {
  kind: 'multiple',
  label: '多选题',
  initialDraft: () => ({ kind: 'multiple', optionIds: [] }),
  draftProblem: (_q, draft) => (draft.optionIds.length > 0 ? null : '请至少选择一个选项。'),
  grade: (question, answer) => {
    // Each wrong pick cancels a right one, so ticking everything scores nothing.
    const chosen = new Set(answer.optionIds);
    const hits = question.correct.filter((id) => chosen.has(id)).length;
    const wrongPicks = [...chosen].filter((id) => !question.correct.includes(id)).length;
    const score = Math.max(0, (hits - wrongPicks) / question.correct.length);
    return { correct: hits === question.correct.length && wrongPicks === 0, score };
  },
  correctAnswer: (question) => ({ kind: 'multiple', optionIds: question.correct }),
  answerLines: (question) => question.options.filter((o) => question.correct.includes(o.id)).map((o) => o.text),
  responseText: (question, answer) =>
    question.options
      .filter((o) => answer.optionIds.includes(o.id))
      .map((o) => o.text)
      .join('；'),
  arrange: (question, seed) => ({ ...question, options: attemptOrder(question.options, question.id, seed) }),
};
