import { checkRewrite } from '../rewrite-rules';
import { attemptOrder } from '../shuffle';
import { exact, type KindModel, optionText } from './kind-model';

export const rewrite: KindModel<'rewrite'> = {
  kind: 'rewrite',
  label: '改写题',
  initialDraft: () => ({ kind: 'rewrite', answer: { mode: 'choice', choiceId: '' } }),
  draftProblem: (_q, draft) => {
    if (draft.answer.mode === 'choice') return draft.answer.choiceId ? null : '请先选择一种说法。';
    return draft.answer.text.trim() ? null : '请先写下您的说法。';
  },
  grade: (question, answer) => {
    if (answer.answer.mode === 'choice') {
      const { choiceId } = answer.answer;
      return exact(question.choices.some((c) => c.id === choiceId && c.correct));
    }
    const check = checkRewrite(question, answer.answer.text);
    if (check.verdict === 'pass') return exact(true);
    if (check.verdict === 'fail') return exact(false);
    // Undecided: partial credit for the moves it makes, never full marks.
    const rulesPassed = check.rules.filter((r) => r.passed).length;
    return { correct: false, score: rulesPassed / (check.rules.length + 1) };
  },
  correctAnswer: (question) => {
    const choice = question.choices.find((c) => c.correct);
    return choice ? { kind: 'rewrite', answer: { mode: 'choice', choiceId: choice.id } } : null;
  },
  answerLines: (question) => [`参考说法：${question.modelAnswer}`],
  responseText: (question, answer) =>
    answer.answer.mode === 'choice' ? optionText(question.choices, answer.answer.choiceId) : answer.answer.text,
  arrange: (question, seed) => ({ ...question, choices: attemptOrder(question.choices, question.id, seed) }),
};
