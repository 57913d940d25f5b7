import { describe, expect, it } from 'vitest';
import { matchingRights } from '../../src/lib/quiz/kinds/matching';
import { arrangeQuestion, initialDraft } from '../../src/lib/quiz/question-kinds';
import { attemptOrder, newSeed } from '../../src/lib/quiz/shuffle';
import type { MatchingQuestion, RewriteQuestion, SingleChoiceQuestion } from '../../src/lib/quiz/types';

const base = { prompt: 'p', explanation: 'e', section: { slide: 1, heading: 'h' } };
const single: SingleChoiceQuestion = {
  ...base,
  id: 'single',
  kind: 'single',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
  correct: 'a',
};

describe('per-attempt shuffling', () => {
  it('the same seed always gives the same order; no seed gives the written order', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(attemptOrder(items, 'q', 77)).toEqual(attemptOrder(items, 'q', 77));
    expect(attemptOrder(items, 'q', undefined)).toEqual(items);
    expect([...attemptOrder(items, 'q', 77)].sort()).toEqual(items);
  });

  it('different seeds give different orders, and the key lands in every position about equally', () => {
    const positions = [0, 0, 0, 0];
    const orders = new Set<string>();
    for (let seed = 1; seed <= 4000; seed++) {
      const shown = arrangeQuestion(single, seed);
      orders.add(shown.options.map((o) => o.id).join(''));
      positions[shown.options.findIndex((o) => o.id === 'a')] += 1;
    }
    expect(orders.size).toBe(24);
    for (const count of positions) expect(count).toBeGreaterThan(850);
  });

  it('arranges options, rewrite choices and both matching columns; the question itself is unchanged', () => {
    const rewrite: RewriteQuestion = {
      ...base,
      id: 'rw',
      kind: 'rewrite',
      forbidden: 'x',
      choices: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, text: id, correct: id === 'a' })),
      mustInclude: [],
      mustNotInclude: [],
      modelAnswer: 'm',
    };
    const matching: MatchingQuestion = {
      ...base,
      id: 'mt',
      kind: 'matching',
      pairs: ['1', '2', '3', '4', '5', '6'].map((id) => ({ id, left: `L${id}`, right: `R${id}` })),
    };
    const seeds = [3, 5, 8, 13, 21];
    expect(
      new Set(
        seeds.map((s) =>
          arrangeQuestion(rewrite, s)
            .choices.map((c) => c.id)
            .join(''),
        ),
      ).size,
    ).toBe(5);
    expect(
      new Set(
        seeds.map((s) =>
          arrangeQuestion(matching, s)
            .pairs.map((p) => p.id)
            .join(''),
        ),
      ).size,
    ).toBe(5);
    expect(new Set(seeds.map((s) => matchingRights(matching, s).join(''))).size).toBe(5);
    expect(matchingRights(matching, 9)).toEqual(matchingRights(matching, 9));
    expect(rewrite.choices.map((c) => c.id).join('')).toBe('abcdef');
  });

  it('an ordering task starts shuffled by the seed, never already in the answer’s order', () => {
    const ordering = {
      ...base,
      id: 'o',
      kind: 'ordering' as const,
      items: ['1', '2', '3'].map((id) => ({ id, text: id })),
    };
    for (let seed = 1; seed < 50; seed++) {
      const draft = initialDraft(ordering, seed);
      expect(draft).toEqual(initialDraft(ordering, seed));
      expect(draft).not.toEqual({ kind: 'ordering', itemIds: ['1', '2', '3'] });
    }
  });

  it('new seeds are positive integers', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThan(0);
  });
});
