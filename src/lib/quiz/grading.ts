// Grades one answer. Scores are 0–1; `correct` means fully right.
import type { Answer, Grade } from './answers';
import { checkRewrite } from './rewrite-rules';
import { findEnding, replay } from './roleplay';
import type { Question } from './types';

export const PASS_MARK = 0.8;

const exact = (ok: boolean): Grade => ({ correct: ok, score: ok ? 1 : 0 });

function fraction(right: number, total: number): Grade {
  const score = total === 0 ? 0 : right / total;
  return { correct: right === total, score };
}

export function grade(question: Question, answer: Answer): Grade {
  if (answer.kind !== question.kind) return exact(false);
  switch (question.kind) {
    case 'single':
      return exact(answer.kind === 'single' && answer.optionId === question.correct);
    case 'truefalse':
      return exact(answer.kind === 'truefalse' && answer.value === question.correct);
    case 'multiple': {
      if (answer.kind !== 'multiple') return exact(false);
      const chosen = new Set(answer.optionIds);
      const hits = question.correct.filter((id) => chosen.has(id)).length;
      const wrongPicks = [...chosen].filter((id) => !question.correct.includes(id)).length;
      const score = Math.max(0, (hits - wrongPicks) / question.correct.length);
      return { correct: hits === question.correct.length && wrongPicks === 0, score };
    }
    case 'ordering': {
      if (answer.kind !== 'ordering') return exact(false);
      const right = question.items.filter((item, i) => answer.itemIds[i] === item.id).length;
      return fraction(right, question.items.length);
    }
    case 'matching': {
      if (answer.kind !== 'matching') return exact(false);
      const right = question.pairs.filter((pair) => answer.matches[pair.id] === pair.right).length;
      return fraction(right, question.pairs.length);
    }
    case 'rewrite': {
      if (answer.kind !== 'rewrite') return exact(false);
      if (answer.answer.mode === 'choice') {
        const { choiceId } = answer.answer;
        return exact(question.choices.some((c) => c.id === choiceId && c.correct));
      }
      const check = checkRewrite(question, answer.answer.text);
      if (check.passed) return exact(true);
      const rulesPassed = check.rules.filter((r) => r.passed).length;
      const score = check.banned.length > 0 || check.tooShort ? 0 : rulesPassed / (check.rules.length + 1);
      return { correct: false, score };
    }
    case 'roleplay': {
      if (answer.kind !== 'roleplay') return exact(false);
      const ending = findEnding(question, answer.answer.endingId);
      if (!ending) return exact(false);
      // The saved path must really lead to the saved ending.
      try {
        if (replay(question, answer.answer.path).ending?.id !== ending.id) return exact(false);
      } catch {
        return exact(false);
      }
      return { correct: ending.ending === 'resolved' && ending.score >= PASS_MARK * 100, score: ending.score / 100 };
    }
  }
}

/** The model answer of a question, as an Answer (for "show answer"). */
export function correctAnswer(question: Question): Answer | null {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.correct };
    case 'multiple':
      return { kind: 'multiple', optionIds: question.correct };
    case 'truefalse':
      return { kind: 'truefalse', value: question.correct };
    case 'ordering':
      return { kind: 'ordering', itemIds: question.items.map((i) => i.id) };
    case 'matching':
      return { kind: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.right])) };
    case 'rewrite': {
      const choice = question.choices.find((c) => c.correct);
      return choice ? { kind: 'rewrite', answer: { mode: 'choice', choiceId: choice.id } } : null;
    }
    case 'roleplay':
      return null;
  }
}
