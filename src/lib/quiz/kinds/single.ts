import { attemptOrder } from '../shuffle';
import { exact, type KindModel, optionText } from './kind-model';

export const singleChoice: KindModel<'single'> = {
  kind: 'single',
  label: '单选题',
  initialDraft: () => ({ kind: 'single', optionId: '' }),
  draftProblem: (_q, draft) => (draft.optionId ? null : '请先选择一个选项。'),
  grade: (question, answer) => exact(answer.optionId === question.correct),
  correctAnswer: (question) => ({ kind: 'single', optionId: question.correct }),
  answerLines: (question) => [optionText(question.options, question.correct)],
  responseText: (question, answer) => optionText(question.options, answer.optionId),
  arrange: (question, seed) => ({ ...question, options: attemptOrder(question.options, question.id, seed) }),
};
