// What the one saved-data schema lets through (reliability review F11, F12, F14, F20, F21).
import { describe, expect, it, vi } from 'vitest';
import { latestAttempts } from '../../src/lib/quiz/case-scores';
import { mergePersisted } from '../../src/store/merge-persisted';
import { normalise } from '../../src/store/migrations';
import { parseImport } from '../../src/store/progress-transfer';

const T = Date.UTC(2025, 5, 1);
const attempt = (questionId: string, at: number, extra: Record<string, unknown> = {}) => ({
  questionId,
  caseId: 'why-customers-complain',
  answer: null,
  correct: true,
  score: 1,
  at,
  durationMs: 1000,
  mode: 'bank',
  ...extra,
});

describe('the saved-data schema', () => {
  it('F11: a date ≥ year 275760 is clamped to now, so the review screen can format every date', () => {
    const state = normalise({
      attempts: [attempt('q1', 1e16, { correct: false, score: 0 })],
      review: { q1: { box: 1, due: 1e16, lastWrong: true, wrongCount: 1, firstWrongAt: 1e16 } },
    });
    expect(state.attempts[0].at).toBeLessThanOrEqual(Date.now());
    expect(state.review.q1.due).toBeLessThanOrEqual(Date.now());
    const replayed = mergePersisted(normalise({}), state);
    for (const entry of Object.values(replayed.review))
      expect(() => new Intl.DateTimeFormat('zh-CN').format(entry.due)).not.toThrow();
  });

  it('F12: a wrong answer made with the clock ahead does not outrank the right answers made after it', async () => {
    vi.resetModules();
    const { useAppStore, partialize } = await import('../../src/store/app-store');
    const record = (correct: boolean, at: number) =>
      useAppStore.getState().recordAttempt({ ...attempt('q2', at), correct, score: correct ? 1 : 0, mode: 'review' });
    // Answered wrong with the clock 30 days ahead; then, the clock set right, answered right twice.
    record(false, Date.now() + 30 * 24 * 3_600_000);
    record(true, Date.now());
    record(true, Date.now());
    const inMemory = partialize(useAppStore.getState());
    expect(latestAttempts(inMemory.attempts).get('q2')?.correct).toBe(true);
    expect(useAppStore.getState().review.q2).toMatchObject({ lastWrong: false });
    // Read back (the future times clamped to now): the same order, the same schedule.
    const reloaded = mergePersisted(normalise({}), normalise(JSON.parse(JSON.stringify(inMemory))));
    expect(latestAttempts(reloaded.attempts).get('q2')?.correct).toBe(true);
    expect(reloaded.review.q2).toMatchObject({ lastWrong: false });
  });

  it('F14: ids that Object.prototype has (toString, valueOf…) are dropped, and the merge never throws', () => {
    const state = normalise({
      lectures: { toString: { seen: [1], last: 1, updatedAt: T }, understanding: { seen: [2], last: 2, updatedAt: T } },
      attempts: [attempt('valueOf', T), attempt('q1', T)],
      timeSpent: { hasOwnProperty: 5, understanding: 7 },
      review: { toString: { box: 1, due: T } },
    });
    expect(Object.keys(state.lectures)).toEqual(['understanding']);
    expect(state.attempts.map((a) => a.questionId)).toEqual(['q1']);
    expect(Object.keys(state.timeSpent)).toEqual(['understanding']);
    expect(Object.keys(state.review)).toEqual([]);
    expect(() => mergePersisted(state, normalise({ lectures: { understanding: { seen: [3] } } }))).not.toThrow();
    const file = JSON.stringify({
      format: 'complaint-course-progress',
      version: 4,
      state: { lectures: { toString: {} } },
    });
    expect(parseImport(file)).toMatchObject({ ok: false, reason: expect.stringMatching(/不安全/) });
  });

  it('F20: Infinity and negative numbers are refused', () => {
    const state = normalise({
      attempts: [attempt('q1', T, { durationMs: Infinity }), attempt('q2', -5), attempt('q3', T, { score: -1 })],
      timeSpent: { understanding: Infinity, techniques: -3, toolbox: 60_000 },
      review: { q1: { box: 1, due: T, wrongCount: -7 } },
    });
    expect(state.attempts.map((a) => [a.questionId, a.durationMs])).toEqual([['q1', 0]]);
    expect(state.timeSpent).toEqual({ toolbox: 60_000 });
    expect(state.review.q1.wrongCount).toBe(1);
  });

  it('F21: one bad slide number is dropped alone, not the whole list; slides past the end too', () => {
    const state = normalise({
      lectures: { understanding: { seen: [0, 1, 2, 'x', 3.5, 3, 5000], last: 3, updatedAt: T } },
    });
    expect(state.lectures.understanding?.seen).toEqual([1, 2, 3]);
  });

  it('drops dates before 2020, unknown lectures, and keeps the optional seed of an attempt', () => {
    const state = normalise({
      lectures: { nowhere: { seen: [1] } },
      attempts: [attempt('q1', Date.UTC(2019, 11, 31)), attempt('q2', T, { seed: 42 })],
    });
    expect(state.lectures).toEqual({});
    expect(state.attempts).toHaveLength(1);
    expect(state.attempts[0]).toMatchObject({ questionId: 'q2', seed: 42 });
  });
});
