// Surface cues that let a learner pass without knowing the answer, measured over a question bank.
import type { Option, Question } from '../../src/lib/quiz/types';

/**
 * Words that make a statement sweeping. A bank where false statements carry them far more often
 * than true ones teaches "absolute → false". 都 is kept although common: the review counted it.
 */
export const absoluteWords = [
  '只要',
  '一定',
  '直接',
  '所有',
  '总是',
  '必须',
  '完全',
  '从不',
  '从来',
  '任何',
  '都',
  '只有',
  '绝对',
  '一律',
  '凡是',
  '全部',
  '永远',
  '毫无',
  '根本',
  '一概',
  '唯一',
  '只能',
  '无论',
  '不必',
] as const;

export interface Share {
  count: number;
  total: number;
  /** 0–100, one decimal; 0 when there is nothing to count. */
  percent: number;
}

const share = (count: number, total: number): Share => ({
  count,
  total,
  percent: total === 0 ? 0 : Math.round((count / total) * 1000) / 10,
});

const length = (text: string) => [...text.replace(/\s/g, '')].length;

/** True when the key is longer than every other option (a tie for longest does not count). */
export function keyIsUniquelyLongest(options: Option[], keyId: string): boolean {
  const key = options.find((o) => o.id === keyId);
  if (!key) return false;
  return options.every((o) => o.id === keyId || length(o.text) < length(key.text));
}

/** Single-choice and rewrite-choice questions whose key is the uniquely longest option. */
export function longestKeyShare(questions: Question[]): Share {
  const items = questions.flatMap((q) => {
    if (q.kind === 'single') return [keyIsUniquelyLongest(q.options, q.correct)];
    if (q.kind === 'rewrite') {
      const key = q.choices.find((c) => c.correct);
      return key ? [keyIsUniquelyLongest(q.choices, key.id)] : [];
    }
    return [];
  });
  return share(items.filter(Boolean).length, items.length);
}

/** True when the keys are exactly the first options as written (“tick the first k” scores 100%). */
export function keysArePrefix(options: Option[], correct: string[]): boolean {
  const first = options.slice(0, correct.length).map((o) => o.id);
  return first.length === correct.length && first.every((id) => correct.includes(id));
}

/** Multiple-choice questions whose keys are exactly the first options as written. */
export function prefixKeyShare(questions: Question[]): Share {
  const items = questions.flatMap((q) => (q.kind === 'multiple' ? [keysArePrefix(q.options, q.correct)] : []));
  return share(items.filter(Boolean).length, items.length);
}

export const hasAbsoluteWord = (text: string) => absoluteWords.some((word) => text.includes(word));

export interface AbsoluteWordGap {
  falseWithWord: Share;
  trueWithWord: Share;
  /** Percentage points: false statements' share minus true statements' share. */
  gap: number;
}

/** How much more often false true/false statements carry an absolute word than true ones. */
export function absoluteWordGap(questions: Question[]): AbsoluteWordGap {
  const statements = questions.flatMap((q) => (q.kind === 'truefalse' ? [q] : []));
  const falses = statements.filter((q) => !q.correct);
  const trues = statements.filter((q) => q.correct);
  const falseWithWord = share(falses.filter((q) => hasAbsoluteWord(q.statement)).length, falses.length);
  const trueWithWord = share(trues.filter((q) => hasAbsoluteWord(q.statement)).length, trues.length);
  return { falseWithWord, trueWithWord, gap: Math.round((falseWithWord.percent - trueWithWord.percent) * 10) / 10 };
}
