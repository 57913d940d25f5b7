import { describe, expect, it } from 'vitest';
import { checkRewrite, findPhrase, normaliseForRules } from '../../src/lib/quiz/rewrite-rules';

const rules = {
  mustInclude: [
    { label: '包含致歉', anyOf: ['抱歉', '对不起', '不好意思'] },
    { label: '提出行动', anyOf: ['马上', '立即', '帮您'] },
  ],
  mustNotInclude: [{ label: '不说不确定或推脱的话', anyOf: ['不知道', '没办法'] }],
};

describe('rewrite rules', () => {
  it('passes an answer with an apology and an offer of action', () => {
    const check = checkRewrite(rules, '非常抱歉给您添麻烦了，我马上帮您查询。');
    expect(check.passed).toBe(true);
    expect(check.rules.every((r) => r.passed)).toBe(true);
  });

  it('names each rule that is not met', () => {
    const check = checkRewrite(rules, '我马上帮您查询这个问题。');
    expect(check.passed).toBe(false);
    expect(check.rules).toEqual([
      { label: '包含致歉', passed: false },
      { label: '提出行动', passed: true },
    ]);
  });

  it('fails an answer that still contains a banned word, and lists it', () => {
    const check = checkRewrite(rules, '对不起，这个我真的不知道，我马上问问。');
    expect(check.verdict).toBe('fail');
    expect(check.broken).toEqual([{ label: '不说不确定或推脱的话', found: '不知道' }]);
  });

  it('leaves an answer undecided when it avoids the forbidden pattern but a required move is not found', () => {
    const check = checkRewrite(rules, '我马上帮您查询这个问题。');
    expect(check.verdict).toBe('undecided');
    expect(check.passed).toBe(false);
  });

  it('matches a pattern with a gap: “您自己…去” finds “您自己再去” but not words far apart', () => {
    expect(findPhrase(normaliseForRules('您自己再去营业厅'), '您自己…去')).toBe('您自己再去');
    expect(findPhrase(normaliseForRules('您自己的情况我们记下了，明天会派人去'), '您自己…去')).toBeNull();
  });

  it('ignores spaces and punctuation when matching', () => {
    expect(normaliseForRules('对 不起！')).toBe('对不起');
    expect(checkRewrite(rules, '对 不起，我 马上 处理').passed).toBe(true);
  });

  it('rejects an answer too short to judge', () => {
    expect(checkRewrite({ mustInclude: [], mustNotInclude: [] }, '好').tooShort).toBe(true);
  });
});
