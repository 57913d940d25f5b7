import { seededShuffle } from '../shuffle';
import { fraction, type KindModel, optionText } from './kind-model';

export const ordering: KindModel<'ordering'> = {
  kind: 'ordering',
  label: '排序题',
  // The items start shuffled (never in the answer's order); older attempts without a seed used the id.
  initialDraft: (question, seed) => ({
    kind: 'ordering',
    itemIds: seededShuffle(question.items, seed === undefined ? question.id : `${question.id}#${seed}`).map(
      (i) => i.id,
    ),
  }),
  draftProblem: () => null,
  grade: (question, answer) =>
    fraction(question.items.filter((item, i) => answer.itemIds[i] === item.id).length, question.items.length),
  correctAnswer: (question) => ({ kind: 'ordering', itemIds: question.items.map((i) => i.id) }),
  answerLines: (question) => question.items.map((item, i) => `${i + 1}. ${item.text}`),
  responseText: (question, answer) =>
    answer.itemIds.map((id, i) => `${i + 1}. ${optionText(question.items, id)}`).join('；'),
  arrange: (question) => question,
};
