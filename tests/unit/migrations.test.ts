import { describe, expect, it } from 'vitest';
import { migrate, noOp, normalise, STORE_VERSION } from '../../src/store/migrations';

const v1Saved = {
  lectures: {
    understanding: { seen: [1, 2, 5], last: 5, updatedAt: 1700000000000 },
    techniques: { seen: [1], last: 1, updatedAt: 1700000001000 },
  },
};

describe('store migrations', () => {
  it('is at version 4 (2 added quiz attempts and the review schedule; 3 reading time; 4 the answer counter and the last reset or import)', () => {
    expect(STORE_VERSION).toBe(4);
  });

  it('migrates version 1 (reading progress only) to the current version without losing progress', () => {
    const migrated = migrate(v1Saved, 1);
    expect(migrated.lectures).toEqual(v1Saved.lectures);
    expect(migrated.attempts).toEqual([]);
    expect(migrated.review).toEqual({});
    expect(migrated.timeSpent).toEqual({});
  });

  it('migrates version 2 data, keeping every attempt and review entry, adding reading time', () => {
    const v2 = {
      ...v1Saved,
      attempts: [
        {
          questionId: 'tariff-switch-q1',
          caseId: 'tariff-switch',
          answer: { kind: 'single', optionId: 'b' },
          correct: false,
          score: 0,
          at: 1700000002000,
          durationMs: 5000,
          mode: 'bank',
        },
      ],
      review: {
        'tariff-switch-q1': { box: 1, due: 1700000002000, lastWrong: true, wrongCount: 1, firstWrongAt: 1700000002000 },
      },
    };
    const numbered = { ...v2, attempts: [{ ...v2.attempts[0], seq: 1 }] };
    expect(migrate(v2, 2)).toEqual({ ...numbered, timeSpent: {}, op: noOp });
    const v3 = { ...v2, timeSpent: { understanding: 60_000 } };
    expect(migrate(v3, 3)).toEqual({ ...numbered, timeSpent: { understanding: 60_000 }, op: noOp });
  });

  it('fills missing nested fields with defaults and drops unknown ones', () => {
    const result = normalise({ lectures: { understanding: { seen: [3] }, toolbox: 'garbage' }, extra: true });
    expect(result.lectures.understanding).toEqual({ seen: [3], last: 1, updatedAt: 0 });
    expect(result.lectures.toolbox).toEqual({ seen: [], last: 1, updatedAt: 0 });
    expect(result).not.toHaveProperty('extra');
    expect(result.attempts).toEqual([]);
  });

  it('drops only a malformed attempt, keeping the others', () => {
    const good = {
      questionId: 'a',
      caseId: 'c',
      answer: null,
      correct: true,
      score: 1,
      at: 1700000000000,
      durationMs: 0,
      mode: 'bank',
    };
    const result = normalise({ attempts: [good, { questionId: 5 }] });
    expect(result.attempts).toEqual([{ ...good, seq: 1 }]);
  });

  it('refuses data from a newer or unknown version instead of guessing', () => {
    expect(() => migrate(v1Saved, STORE_VERSION + 1)).toThrowError(/newer/);
    expect(() => migrate(v1Saved, 0)).toThrowError(/unknown version/);
  });
});
