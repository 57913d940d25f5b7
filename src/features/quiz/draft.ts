// The in-progress answer of each question kind, before it is submitted.
import type { Answer } from '../../lib/quiz/answers';
import { seededShuffle } from '../../lib/quiz/shuffle';
import type { Question } from '../../lib/quiz/types';

export function initialDraft(question: Question): Answer | null {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: '' };
    case 'multiple':
      return { kind: 'multiple', optionIds: [] };
    case 'truefalse':
      return null;
    case 'ordering':
      return { kind: 'ordering', itemIds: seededShuffle(question.items, question.id).map((i) => i.id) };
    case 'matching':
      return { kind: 'matching', matches: {} };
    case 'rewrite':
      return { kind: 'rewrite', answer: { mode: 'choice', choiceId: '' } };
    case 'roleplay':
      return null;
  }
}

/** Why a draft cannot be submitted yet, in plain Chinese; null when it is complete. */
export function draftProblem(question: Question, draft: Answer | null): string | null {
  if (!draft) return question.kind === 'truefalse' ? '请先判断“正确”或“错误”。' : '请先作答。';
  switch (draft.kind) {
    case 'single':
      return draft.optionId ? null : '请先选择一个选项。';
    case 'multiple':
      return draft.optionIds.length > 0 ? null : '请至少选择一个选项。';
    case 'matching': {
      const missing = question.kind === 'matching' ? question.pairs.filter((p) => !draft.matches[p.id]).length : 0;
      return missing === 0 ? null : `还有 ${missing} 项没有配对。`;
    }
    case 'rewrite':
      if (draft.answer.mode === 'choice') return draft.answer.choiceId ? null : '请先选择一种说法。';
      return draft.answer.text.trim() ? null : '请先写下您的说法。';
    default:
      return null;
  }
}
