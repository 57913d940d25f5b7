// Checks a written rewrite of a forbidden phrase against the rules its question declares and shows
// the learner: what a good answer must do (each rule met by one of its phrases) and what it must not
// (the forbidden pattern and its variants). Rules cannot judge tone, so an answer that avoids every
// forbidden pattern but misses a required move is left undecided: the learner compares it with
// the model answer and checks the missing points themselves; it never counts as right.
import type { RewriteQuestion, RewriteRule } from './types';

export interface RuleResult {
  label: string;
  passed: boolean;
}

export interface BrokenRule {
  label: string;
  /** The phrase of the answer that matched the forbidden pattern. */
  found: string;
}

export type RewriteVerdict = 'pass' | 'fail' | 'undecided';

export interface RewriteCheck {
  verdict: RewriteVerdict;
  passed: boolean;
  /** The required moves, each met or not. */
  rules: RuleResult[];
  /** Forbidden patterns the answer still contains. */
  broken: BrokenRule[];
  /** Set when the answer is too short to judge. */
  tooShort: boolean;
}

/** Compare on text without spaces or punctuation, so “您好, 我” matches “您好我”. */
export function normaliseForRules(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

export const MIN_REWRITE_LENGTH = 6;

/** How far apart the parts of a pattern like “您自己…去” may be (in characters). */
const MAX_GAP = 8;

/**
 * Where a phrase occurs in normalised text, as the matched text, or null. A phrase may contain “…”:
 * its parts must occur in order, at most MAX_GAP characters apart (“您自己…去” matches “您自己再去”).
 */
export function findPhrase(normalised: string, phrase: string): string | null {
  const parts = phrase.split('…').map(normaliseForRules).filter(Boolean);
  if (parts.length === 0) return null;
  let from = normalised.indexOf(parts[0]);
  while (from !== -1) {
    let end = from + parts[0].length;
    let ok = true;
    for (const part of parts.slice(1)) {
      const at = normalised.indexOf(part, end);
      if (at === -1 || at - end > MAX_GAP) {
        ok = false;
        break;
      }
      end = at + part.length;
    }
    if (ok) return normalised.slice(from, end);
    from = normalised.indexOf(parts[0], from + 1);
  }
  return null;
}

const firstMatch = (normalised: string, rule: RewriteRule) =>
  rule.anyOf.map((phrase) => findPhrase(normalised, phrase)).find((found) => found !== null) ?? null;

export function checkRewrite(
  question: Pick<RewriteQuestion, 'mustInclude' | 'mustNotInclude'>,
  text: string,
): RewriteCheck {
  const normalised = normaliseForRules(text);
  const rules = question.mustInclude.map((rule) => ({
    label: rule.label,
    passed: firstMatch(normalised, rule) !== null,
  }));
  const broken = question.mustNotInclude.flatMap((rule) => {
    const found = firstMatch(normalised, rule);
    return found === null ? [] : [{ label: rule.label, found }];
  });
  const tooShort = normalised.length < MIN_REWRITE_LENGTH;
  const verdict: RewriteVerdict =
    tooShort || broken.length > 0 ? 'fail' : rules.every((r) => r.passed) ? 'pass' : 'undecided';
  return { verdict, passed: verdict === 'pass', rules, broken, tooShort };
}
