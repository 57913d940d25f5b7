import { exact, type KindModel } from './kind-model';

const text = (value: boolean) => (value ? '正确' : '错误');

export const trueFalse: KindModel<'truefalse'> = {
  kind: 'truefalse',
  label: '判断题',
  // No default: the learner must pick 正确 or 错误.
  initialDraft: () => null,
  draftProblem: () => null,
  grade: (question, answer) => exact(answer.value === question.correct),
  correctAnswer: (question) => ({ kind: 'truefalse', value: question.correct }),
  answerLines: (question) => [text(question.correct)],
  responseText: (_q, answer) => text(answer.value),
  arrange: (question) => question,
};
