// The storage faults of the progress store, each one made to happen (issue: "Progress that is never lost").
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';

const KEY = 'complaint-course:progress';
type StoreModule = typeof import('../../src/store/app-store');
type NoticesModule = typeof import('../../src/store/storage-notices');

/** A fresh "page load": new module instances reading localStorage as it is now. */
async function load(): Promise<StoreModule & { notices: () => string[]; readBackup: (key: string) => string | null }> {
  vi.resetModules();
  const store = await import('../../src/store/app-store');
  const { readBackup } = await import('../../src/store/safe-storage');
  const notices: NoticesModule = await import('../../src/store/storage-notices');
  return { ...store, readBackup, notices: () => notices.useStorageNotices.getState().notices.map((n) => n.kind) };
}

const T = Date.UTC(2025, 0, 1);
const saved = () => JSON.parse(localStorage.getItem(KEY)!) as { version: number; state: Record<string, unknown> };
const attempt = (questionId: string, correct: boolean, at: number) => ({
  questionId,
  caseId: 'c',
  answer: null,
  correct,
  score: correct ? 1 : 0,
  at: T + at,
  durationMs: 0,
  mode: 'bank' as const,
});

describe('storage faults', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('1. localStorage unavailable at start: runs in memory with a notice', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { useAppStore, notices } = await load();
    useAppStore.getState().markSeen('understanding', 2, T + 5);
    expect(useAppStore.getState().lectures.understanding?.seen).toEqual([2]);
    expect(notices()).toContain('unavailable');
  });

  it('2. a write that throws QuotaExceededError: no crash, a notice, the state is kept', async () => {
    const { useAppStore, notices, flushProgress } = await load();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => useAppStore.getState().markSeen('toolbox', 1, T + 5)).not.toThrow();
    flushProgress();
    expect(useAppStore.getState().lectures.toolbox?.seen).toEqual([1]);
    expect(notices()).toContain('write-failed');
  });

  it('3. corrupt saved JSON is backed up before anything overwrites it, and the user is told', async () => {
    localStorage.setItem(KEY, '{"state": {"lectures": ');
    const { useAppStore, notices, flushProgress, readBackup } = await load();
    expect(notices()).toContain('corrupt-backed-up');
    useAppStore.getState().markSeen('understanding', 1, T + 5);
    flushProgress();
    const backupKey = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}:corrupt-backup:`))!;
    expect(localStorage.getItem(backupKey)).toBe('{"state": {"lectures": ');
    expect(readBackup(backupKey)).toBe('{"state": {"lectures": ');
  });

  it('4. saved data of every earlier version loads with nothing lost', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ version: 1, state: { lectures: { difficult: { seen: [1, 4], last: 4, updatedAt: T + 9 } } } }),
    );
    let { useAppStore } = await load();
    expect(useAppStore.getState().lectures.difficult).toEqual({ seen: [1, 4], last: 4, updatedAt: T + 9 });
    const v2 = { lectures: {}, attempts: [attempt('q1', false, 3)], review: {} };
    localStorage.setItem(KEY, JSON.stringify({ version: 2, state: v2 }));
    ({ useAppStore } = await load());
    expect(useAppStore.getState().attempts).toEqual([{ ...attempt('q1', false, 3), seq: 1 }]);
  });

  it('5. saved data whose migration throws (a newer version) is left untouched', async () => {
    const newer = JSON.stringify({
      version: 99,
      state: { lectures: { toolbox: { seen: [1, 2, 3], last: 3, updatedAt: 1 } } },
    });
    localStorage.setItem(KEY, newer);
    const { useAppStore, notices, flushProgress } = await load();
    expect(notices()).toContain('migration-failed');
    useAppStore.getState().markSeen('understanding', 1, T + 5);
    useAppStore.getState().recordAttempt(attempt('q9', true, 6));
    flushProgress();
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(useAppStore.getState().lectures.understanding?.seen).toEqual([1]);
  });

  it('6. saved data missing nested fields or with unknown extra fields loads with defaults', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ version: 4, state: { lectures: { techniques: { seen: [2] } }, mystery: 1, attempts: 'x' } }),
    );
    const { useAppStore } = await load();
    expect(useAppStore.getState().lectures.techniques).toEqual({ seen: [2], last: 1, updatedAt: 0 });
    expect(useAppStore.getState().attempts).toEqual([]);
    expect(useAppStore.getState().timeSpent).toEqual({});
    expect(useAppStore.getState()).not.toHaveProperty('mystery');
  });

  it("7. two tabs: another tab's progress shows here, and neither overwrites the other's newer data", async () => {
    const tab = await load();
    onTestFinished(tab.followOtherTabs());
    tab.useAppStore.getState().markSeen('understanding', 1, T + 10);
    tab.useAppStore.getState().recordAttempt(attempt('mine', true, 11));
    tab.flushProgress();
    // The other tab saves what it read (its own progress, merged with ours as the store does).
    const other = saved();
    const state = other.state as {
      lectures: Record<string, unknown>;
      attempts: unknown[];
      review: Record<string, unknown>;
    };
    state.lectures.toolbox = { seen: [5], last: 5, updatedAt: T + 20 };
    state.attempts.push(attempt('theirs', false, 21));
    state.review.theirs = { box: 1, due: T + 21, lastWrong: true, wrongCount: 1, firstWrongAt: T + 21 };
    localStorage.setItem(KEY, JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(other) }));
    await vi.waitFor(() => expect(tab.useAppStore.getState().lectures.toolbox?.seen).toEqual([5]));
    expect(tab.useAppStore.getState().review.theirs).toMatchObject({ lastWrong: true });

    // A write from a tab that missed the other's change merges instead of overwriting it.
    const stale = saved();
    (stale.state as { lectures: Record<string, unknown> }).lectures.difficult = {
      seen: [7],
      last: 7,
      updatedAt: T + 30,
    };
    localStorage.setItem(KEY, JSON.stringify(stale));
    tab.useAppStore.getState().markSeen('understanding', 2, T + 40);
    tab.flushProgress();
    const after = saved().state as { lectures: Record<string, { seen: number[] }>; attempts: { questionId: string }[] };
    expect(after.lectures.difficult.seen).toEqual([7]);
    expect(after.lectures.understanding.seen).toEqual([1, 2]);
    expect(after.attempts.map((a) => a.questionId).sort()).toEqual(['mine', 'theirs']);
  });

  it('8. storage cleared while the course is open: this tab saves its progress again', async () => {
    const tab = await load();
    onTestFinished(tab.followOtherTabs());
    tab.useAppStore.getState().markSeen('toolbox', 3, T + 10);
    tab.flushProgress();
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null, newValue: null }));
    expect((saved().state as { lectures: Record<string, { seen: number[] }> }).lectures.toolbox.seen).toEqual([3]);
    expect(tab.notices()).toContain('storage-cleared');
  });
});
