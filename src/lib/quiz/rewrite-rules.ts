// Checks a written rewrite of a forbidden phrase against the rules its question declares.
import type { RewriteQuestion } from './types';

export interface RuleResult {
  label: string;
  passed: boolean;
}

export interface RewriteCheck {
  passed: boolean;
  rules: RuleResult[];
  /** Banned words the answer still contains. */
  banned: string[];
  /** Set when the answer is too short to judge. */
  tooShort: boolean;
}

/** Compare on text without spaces or punctuation, so “您好, 我” matches “您好我”. */
export function normaliseForRules(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

export const MIN_REWRITE_LENGTH = 6;

export function checkRewrite(
  question: Pick<RewriteQuestion, 'mustInclude' | 'mustNotInclude'>,
  text: string,
): RewriteCheck {
  const normalised = normaliseForRules(text);
  const rules = question.mustInclude.map((rule) => ({
    label: rule.label,
    passed: rule.anyOf.some((word) => normalised.includes(normaliseForRules(word))),
  }));
  const banned = question.mustNotInclude.filter((word) => normalised.includes(normaliseForRules(word)));
  const tooShort = normalised.length < MIN_REWRITE_LENGTH;
  return { passed: !tooShort && banned.length === 0 && rules.every((r) => r.passed), rules, banned, tooShort };
}
