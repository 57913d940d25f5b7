import { findEnding, replay } from '../roleplay';
import { PASS_MARK } from '../pass-mark';
import { exact, type KindModel } from './kind-model';

export const rolePlay: KindModel<'roleplay'> = {
  kind: 'roleplay',
  label: '情景演练',
  initialDraft: () => null,
  draftProblem: () => null,
  grade: (question, answer) => {
    const ending = findEnding(question, answer.answer.endingId);
    if (!ending) return exact(false);
    // The saved path must really lead to the saved ending.
    try {
      if (replay(question, answer.answer.path).ending?.id !== ending.id) return exact(false);
    } catch {
      return exact(false);
    }
    return { correct: ending.ending === 'resolved' && ending.score >= PASS_MARK * 100, score: ending.score / 100 };
  },
  correctAnswer: () => null,
  answerLines: (question) => question.endings.filter((e) => e.ending === 'resolved').map((e) => `最佳结局：${e.title}`),
  responseText: (question, answer) => {
    const ending = findEnding(question, answer.answer.endingId);
    return ending ? `结局：${ending.title}（${ending.score} 分）` : '';
  },
  arrange: (question) => question,
};
