import type { Question } from '../../lib/quiz/types';

/** The right answer as lines of text, for "show answer" and result screens. */
export function answerLines(question: Question): string[] {
  switch (question.kind) {
    case 'single':
      return [question.options.find((o) => o.id === question.correct)?.text ?? ''];
    case 'multiple':
      return question.options.filter((o) => question.correct.includes(o.id)).map((o) => o.text);
    case 'truefalse':
      return [question.correct ? '正确' : '错误'];
    case 'ordering':
      return question.items.map((item, i) => `${i + 1}. ${item.text}`);
    case 'matching':
      return question.pairs.map((pair) => `${pair.left} → ${pair.right}`);
    case 'rewrite':
      return [`参考说法：${question.modelAnswer}`];
    case 'roleplay':
      return question.endings.filter((e) => e.ending === 'resolved').map((e) => `最佳结局：${e.title}`);
  }
}
