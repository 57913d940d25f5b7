// Nothing lost, whatever another tab, the clock or an old undo does (reliability review F1–F5,
// F22, F23). Each "tab" is a fresh instance of the store modules over the same localStorage;
// a storage event is delivered by hand, as the browser would deliver it to the other tabs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '../../src/lib/quiz/attempt';

const KEY = 'complaint-course:progress';
const T = Date.UTC(2025, 0, 1);

async function openTab() {
  vi.resetModules();
  const store = await import('../../src/store/app-store');
  const undo = await import('../../src/store/progress-undo');
  const { useStorageNotices } = await import('../../src/store/storage-notices');
  const disconnect = store.followOtherTabs();
  cleanups.push(disconnect);
  const answer = (questionId: string, at = T) =>
    store.useAppStore.getState().recordAttempt({
      questionId,
      caseId: 'why-customers-complain',
      answer: null,
      correct: true,
      score: 1,
      at,
      durationMs: 1,
      mode: 'bank',
    } satisfies Attempt);
  const ids = () =>
    store.useAppStore
      .getState()
      .attempts.map((a) => a.questionId)
      .sort();
  const notices = () => useStorageNotices.getState().notices.map((n) => n.kind);
  return { ...store, ...undo, answer, ids, notices };
}

let cleanups: (() => void)[] = [];

/** What the browser does in every other tab after a write. */
function deliver(key: string | null = KEY, storageArea: Storage = localStorage) {
  const newValue = key === null ? null : localStorage.getItem(key);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea }));
}

const savedIds = () =>
  (JSON.parse(localStorage.getItem(KEY)!) as { state: { attempts: { questionId: string }[] } }).state.attempts
    .map((a) => a.questionId)
    .sort();

describe('progress across tabs', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    vi.restoreAllMocks();
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['state null', '{"state":null,"version":4}'],
    ['a wrong shape', '{"state":{"lectures":[],"attempts":{}},"version":4}'],
    ['truncated JSON', '{"state":{"lectures":'],
    ['version-1 data', '{"state":{"lectures":{}},"version":1}'],
  ])('F2: another tab writing %s: this tab keeps its memory and saves it back', async (_name, value) => {
    const tab = await openTab();
    tab.answer('q1');
    tab.answer('q2');
    tab.answer('q3');
    tab.flushProgress();
    localStorage.setItem(KEY, value);
    deliver();
    expect(tab.ids()).toEqual(['q1', 'q2', 'q3']);
    tab.answer('q4');
    tab.flushProgress();
    expect(savedIds()).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('F2: an unreadable value another tab wrote is backed up before it is overwritten', async () => {
    const tab = await openTab();
    tab.answer('q1');
    tab.flushProgress();
    localStorage.setItem(KEY, '{"state":{"lectures":');
    deliver();
    const backup = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}:corrupt-backup:`));
    expect(backup && localStorage.getItem(backup)).toBe('{"state":{"lectures":');
    expect(tab.notices()).toContain('corrupt-backed-up');
  });

  it('F3: two tabs answering at the same moment: a write that missed the other tab is repaired', async () => {
    const a = await openTab();
    const b = await openTab();
    a.answer('qa');
    a.flushProgress();
    // B's renderer had not yet seen A's write: its value lands over A's.
    b.answer('qb');
    const onlyB = JSON.parse(localStorage.getItem(KEY)!) as { state: { attempts: unknown[] }; version: number };
    onlyB.state.attempts = b.useAppStore.getState().attempts;
    localStorage.setItem(KEY, JSON.stringify(onlyB));
    deliver(); // to A (and B): A merges instead of replacing, and saves back what B lacked
    expect(a.ids()).toEqual(['qa', 'qb']);
    a.flushProgress();
    deliver();
    expect(b.ids()).toEqual(['qa', 'qb']);
    expect(savedIds()).toEqual(['qa', 'qb']);
  });

  it('F22: a reset in one tab racing an answer in another loses neither', async () => {
    const a = await openTab();
    const b = await openTab();
    a.answer('before');
    a.flushProgress();
    deliver();
    // A answers and saves; B resets before hearing of it.
    a.answer('racing', T + 10);
    a.flushProgress();
    expect(b.replaceWithUndo(b.emptyProgress(), 'reset')).toBe('done');
    deliver();
    // The reset is applied as a reset in A, and the answer made at the same moment is kept.
    expect(a.ids()).toEqual(['racing']);
    expect(savedIds()).toEqual(['racing']);
    // Undo in B brings back what was there before (after asking, as 'racing' came later).
    expect(b.undoReplace()).toBe('confirm');
    expect(b.undoReplace(true)).toBe('done');
    deliver();
    expect(a.ids()).toContain('before');
  });

  it('F22: the answer saved just before a reset it had not heard of comes back with undo', async () => {
    const a = await openTab();
    const b = await openTab();
    a.answer('old');
    a.flushProgress();
    deliver();
    // A's answer reaches storage; B resets without having heard of it.
    a.answer('unheard', T + 5);
    const aWrite = localStorage.getItem(KEY)!;
    a.flushProgress();
    const withAnswer = localStorage.getItem(KEY)!;
    localStorage.setItem(KEY, aWrite); // B's renderer still sees the value before A's write
    b.replaceWithUndo(b.emptyProgress(), 'reset');
    // A's write was in fact made first: B now hears of it, after its reset.
    const reset = localStorage.getItem(KEY)!;
    localStorage.setItem(KEY, withAnswer);
    deliver();
    localStorage.setItem(KEY, reset);
    b.flushProgress();
    expect(b.undoReplace(true)).toBe('done');
    expect(b.ids()).toEqual(['old', 'unheard']);
  });

  it('F25: answers are saved in one batched write after they are shown, not inside each answer', async () => {
    vi.useFakeTimers();
    try {
      const tab = await openTab();
      const setItem = vi.spyOn(Storage.prototype, 'setItem');
      tab.answer('q1');
      tab.answer('q2');
      tab.answer('q3');
      expect(setItem).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1_000);
      expect(setItem).toHaveBeenCalledOnce();
      expect(savedIds()).toEqual(['q1', 'q2', 'q3']);
      // Nothing new: no write at all (the unchanged saved text is not even parsed again).
      const parse = vi.spyOn(JSON, 'parse');
      tab.flushProgress();
      expect(setItem).toHaveBeenCalledOnce();
      expect(parse).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('F12: an answer made with the clock ahead is not multiplied when tabs exchange it after the clock is fixed', async () => {
    const a = await openTab();
    const b = await openTab();
    a.answer('ahead', Date.now() + 30 * 24 * 3_600_000);
    a.answer('today', Date.now());
    for (let round = 0; round < 3; round++) {
      a.flushProgress();
      deliver(); // B reads it, clamping the future time to its own now
      b.answer(`b${round}`, Date.now() + round);
      b.flushProgress();
      deliver();
    }
    expect(a.ids()).toEqual(['ahead', 'b0', 'b1', 'b2', 'today']);
    expect(b.ids()).toEqual(['ahead', 'b0', 'b1', 'b2', 'today']);
    expect(savedIds()).toEqual(['ahead', 'b0', 'b1', 'b2', 'today']);
  });

  it('F12: reading marked with the clock ahead does not make every write of the other tab echo back', async () => {
    const a = await openTab();
    const b = await openTab();
    a.useAppStore.getState().markSeen('understanding', 2, Date.now() + 30 * 24 * 3_600_000);
    a.flushProgress();
    deliver();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (let slide = 3; slide <= 5; slide++) {
      b.useAppStore.getState().markSeen('understanding', slide, Date.now());
      b.flushProgress();
      deliver();
      a.flushProgress();
    }
    // Only B's own three writes: A holds nothing B's copy lacks.
    expect(setItem).toHaveBeenCalledTimes(3);
    expect(a.useAppStore.getState().lectures.understanding?.seen).toEqual([2, 3, 4, 5]);
  });

  it('a page left unchanged writes nothing, not even over a value it could not read', async () => {
    const tab = await openTab();
    localStorage.setItem(KEY, '{"state":{"lectures":');
    const reopened = await openTab();
    tab.flushProgress(); // the first page going away (pagehide) after the value was broken under it
    reopened.flushProgress();
    expect(localStorage.getItem(KEY)).toBe('{"state":{"lectures":');
  });

  it('F23: sessionStorage cleared by a host page raises no alarm', async () => {
    const tab = await openTab();
    tab.answer('q1');
    tab.flushProgress();
    deliver(null, sessionStorage);
    expect(tab.notices()).not.toContain('storage-cleared');
    deliver(null, localStorage);
    expect(tab.notices()).toContain('storage-cleared');
  });
});

describe('undo of a reset or import', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    vi.restoreAllMocks();
  });

  it('F1: offered only until the learner does something else, and never after a reload', async () => {
    const tab = await openTab();
    tab.answer('q1');
    tab.replaceWithUndo(tab.emptyProgress(), 'reset');
    expect(tab.useUndo.getState().undo?.reason).toBe('reset');
    tab.answer('q2');
    expect(tab.useUndo.getState().undo).toBeNull();
    expect(tab.undoReplace()).toBe('none');
    expect(tab.ids()).toEqual(['q2']);
    tab.replaceWithUndo(tab.emptyProgress(), 'reset');
    tab.flushProgress();
    const reloaded = await openTab();
    expect(reloaded.useUndo.getState().undo).toBeNull();
    expect(Object.keys(localStorage).some((k) => k.endsWith(':undo'))).toBe(false);
  });

  it('F1: asks before replacing progress another tab saved after the reset', async () => {
    const a = await openTab();
    a.answer('q1');
    a.replaceWithUndo(a.emptyProgress(), 'reset');
    const b = await openTab();
    b.answer('later', T + 100);
    b.flushProgress();
    deliver();
    expect(a.ids()).toEqual(['later']);
    expect(a.undoReplace()).toBe('confirm');
    expect(a.ids()).toEqual(['later']);
  });

  it('F4: with storage full, the undo still works (it is kept in memory)', async () => {
    const tab = await openTab();
    tab.answer('q1');
    tab.flushProgress();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(tab.replaceWithUndo(tab.emptyProgress(), 'import')).toBe('done');
    expect(tab.notices()).toContain('write-failed');
    expect(tab.undoReplace()).toBe('done');
    expect(tab.ids()).toEqual(['q1']);
  });

  it('F5: data saved by a newer version is refused by reset, import and undo, and stays as it was', async () => {
    const newer = JSON.stringify({ version: 99, state: { lectures: { toolbox: { seen: [1, 2] } }, future: 1 } });
    localStorage.setItem(KEY, newer);
    const tab = await openTab();
    expect(tab.replaceWithUndo(tab.emptyProgress(), 'reset')).toBe('newer');
    expect(tab.replaceWithUndo(tab.emptyProgress(), 'import')).toBe('newer');
    expect(tab.replaceProgress(tab.emptyProgress())).toBe(false);
    tab.flushProgress();
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(tab.progressSync.savedRaw()).toBe(newer);
  });
});
