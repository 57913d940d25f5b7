import { describe, expect, it } from 'vitest';
import { excerpt, matchesAny, matchRanges, searchTerms } from '../../src/lib/search/text-search';

describe('course search', () => {
  it('searches words that mean the same together', () => {
    expect(searchTerms('退费')).toEqual(expect.arrayContaining(['退费', '退款', '退还']));
    expect(searchTerms('忌语')).toContain('服务忌语');
    expect(searchTerms('我不知道')).toContain('不知道');
    expect(searchTerms('  不可 抗力 ')).toEqual(['不可抗力']);
    expect(searchTerms('')).toEqual([]);
  });

  it('matches across spaces and case, and finds the ranges to mark', () => {
    const terms = searchTerms('退费');
    expect(matchesAny('可以为您办理退款手续', terms)).toBe(true);
    expect(matchesAny('与此无关', terms)).toBe(false);
    const text = 'SP 业务：先退还费用，再退 费一次';
    const ranges = matchRanges(text, terms);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['退还', '退 费']);
    expect(matchRanges('Sp 退订', searchTerms('sp'))).toEqual([{ start: 0, end: 2 }]);
  });

  it('cuts an excerpt around the first match', () => {
    const text = `${'甲'.repeat(100)}不可抗力${'乙'.repeat(100)}`;
    const cut = excerpt(text, searchTerms('不可抗力'), 10);
    expect(cut).toBe(`…${'甲'.repeat(10)}不可抗力${'乙'.repeat(10)}…`);
  });
});
