import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store module reads localStorage when it is first imported, so each test imports it afresh.
const T = Date.UTC(2025, 0, 1);

async function freshStore() {
  vi.resetModules();
  const mod = await import('../../src/store/app-store');
  return mod;
}

describe('persisted app store', () => {
  beforeEach(() => localStorage.clear());

  it('keeps reading progress across a reload', async () => {
    const first = await freshStore();
    first.useAppStore.getState().markSeen('understanding', 3, T);
    first.useAppStore.getState().setLastPosition('understanding', 3, T);
    first.flushProgress();
    const second = await freshStore();
    expect(second.useAppStore.getState().lectures.understanding).toEqual({ seen: [3], last: 3, updatedAt: T });
  });

  it('upgrades saved version-1 progress instead of dropping it', async () => {
    localStorage.setItem(
      'complaint-course:progress',
      JSON.stringify({ state: { lectures: { toolbox: { seen: [1, 2], last: 2, updatedAt: T + 5 } } }, version: 1 }),
    );
    const { useAppStore, flushProgress } = await freshStore();
    expect(useAppStore.getState().lectures.toolbox).toEqual({ seen: [1, 2], last: 2, updatedAt: T + 5 });
    expect(useAppStore.getState().attempts).toEqual([]);
    // and it is written back at the new version with the progress intact
    useAppStore.getState().markSeen('toolbox', 3, T + 6);
    flushProgress();
    const saved = JSON.parse(localStorage.getItem('complaint-course:progress')!);
    expect(saved.version).toBe(4);
    expect(saved.state.lectures.toolbox.seen).toEqual([1, 2, 3]);
  });

  it('records attempts and puts a wrong answer into the review schedule', async () => {
    const { useAppStore } = await freshStore();
    const base = { caseId: 'tariff-switch', answer: null, score: 0, durationMs: 1, mode: 'bank' as const };
    useAppStore.getState().recordAttempt({ ...base, questionId: 'q1', correct: false, at: 10 });
    expect(useAppStore.getState().review.q1).toMatchObject({ box: 1, due: 10, lastWrong: true });
    useAppStore
      .getState()
      .recordAttempt({ ...base, questionId: 'q1', correct: true, score: 1, at: 20, mode: 'review' });
    expect(useAppStore.getState().review.q1).toMatchObject({ box: 2, lastWrong: false });
    expect(useAppStore.getState().attempts).toHaveLength(2);
  });
});
