// Keeps the progress store and localStorage in step, for every tab at once. Memory is never
// replaced by what is saved, only merged with it; a write merges what another tab saved first and
// never saves less than memory holds; saved data this version cannot read (a newer course) is
// never overwritten. Writes are batched: an answer's feedback paints before 1 MB is stringified.
import type { StoreApi } from 'zustand';
import { compareOps, covers, mergePersisted } from './merge-persisted';
import { migrate, normalise, type PersistedState, type ReplaceOp, STORE_VERSION } from './migrations';
import type { SafeStorage } from './safe-storage';
import { DAY_MS } from './saved-values';
import { useStorageNotices } from './storage-notices';

export type SavedRead =
  | { kind: 'none' }
  | { kind: 'ok'; state: PersistedState }
  /** A newer course's data, or a version we do not know: left as it is. */
  | { kind: 'unreadable' };

/** Reads saved text: anything that is not a saved-progress object reads as nothing saved. */
export function readSaved(raw: string | null): SavedRead {
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'none' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'none' };
  const { version, state } = data as { version?: unknown; state?: unknown };
  try {
    if (typeof version !== 'number' || version === STORE_VERSION) return { kind: 'ok', state: normalise(state) };
    if (!Number.isInteger(version)) return { kind: 'unreadable' };
    return { kind: 'ok', state: migrate(state, version) };
  } catch {
    return { kind: 'unreadable' };
  }
}

const FIELDS = ['lectures', 'attempts', 'review', 'timeSpent', 'op'] as const;

/**
 * Memory holds the times this tab's clock gave; if it ran ahead and was set back, those times are
 * clamped here as every reader clamps them, or two tabs would keep "updating" each other.
 */
export function clampFuture(state: PersistedState, now = Date.now()): PersistedState {
  const limit = now + DAY_MS;
  const lateLecture = Object.values(state.lectures).some((l) => l.updatedAt > limit);
  const lateAttempt = state.attempts.some((a) => a.at > limit);
  const lateReview = Object.values(state.review).some((e) => e.due > limit || e.firstWrongAt > limit);
  if (!lateLecture && !lateAttempt && !lateReview) return state;
  const clamp = (at: number) => (at > limit ? now : at);
  return {
    ...state,
    lectures: lateLecture
      ? Object.fromEntries(
          Object.entries(state.lectures).map(([id, l]) => [id, { ...l, updatedAt: clamp(l.updatedAt) }]),
        )
      : state.lectures,
    attempts: lateAttempt ? state.attempts.map((a) => ({ ...a, at: clamp(a.at) })) : state.attempts,
    review: lateReview
      ? Object.fromEntries(
          Object.entries(state.review).map(([id, e]) => [
            id,
            { ...e, due: clamp(e.due), firstWrongAt: clamp(e.firstWrongAt) },
          ]),
        )
      : state.review,
  };
}
const sameFields = (a: PersistedState, b: PersistedState) => FIELDS.every((field) => a[field] === b[field]);

interface Options<S> {
  store: StoreApi<S>;
  storage: SafeStorage;
  key: string;
  partialize: (state: S) => PersistedState;
  /** How long writes are gathered before one is made. */
  delayMs?: number;
}

export type ProgressSync = ReturnType<typeof createProgressSync>;

export function createProgressSync<S>({ store, storage, key: initialKey, partialize, delayMs = 400 }: Options<S>) {
  /** Changes once at most: an LMS launch moves the store to its learner's own key. */
  let key = initialKey;
  let blocked = false;
  /** The text this tab last saved or read, and the state it held: unchanged text needs no merge. */
  let lastRaw: string | null = null;
  let lastSaved: PersistedState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applyingRemote = false;
  const olderCopyListeners = new Set<(state: PersistedState) => void>();
  const notices = () => useStorageNotices.getState();

  const block = () => {
    blocked = true;
    notices().report({ kind: 'migration-failed' });
  };

  const apply = (state: PersistedState) => {
    applyingRemote = true;
    try {
      store.setState(state as unknown as Partial<S>);
    } finally {
      applyingRemote = false;
    }
  };

  /** Merges a saved copy into memory; says whether the saved copy already holds all of memory. */
  /** This tab's memory, with times from a clock that ran ahead clamped (see clampFuture). */
  const memoryNow = (): PersistedState => {
    const memory = partialize(store.getState());
    const clamped = clampFuture(memory);
    if (clamped !== memory) apply(clamped);
    return clamped;
  };

  const takeIn = (saved: PersistedState): boolean => {
    const memory = memoryNow();
    if (compareOps(memory.op, saved.op) > 0) for (const listener of olderCopyListeners) listener(saved);
    const merged = mergePersisted(memory, saved);
    if (merged !== memory) apply(merged);
    return covers(saved, merged);
  };

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (blocked) return;
    const memory = memoryNow();
    const raw = storage.getItem(key);
    if (raw === lastRaw && lastSaved && sameFields(memory, lastSaved)) return;
    if (raw !== lastRaw) {
      const saved = readSaved(raw);
      if (saved.kind === 'unreadable') return block();
      if (saved.kind === 'ok' && takeIn(saved.state)) {
        lastRaw = raw;
        lastSaved = partialize(store.getState());
        return;
      }
    }
    const state = partialize(store.getState());
    const text = JSON.stringify({ state, version: STORE_VERSION });
    storage.setItem(key, text);
    lastRaw = text;
    lastSaved = state;
  }

  const schedule = () => {
    timer ??= setTimeout(flush, delayMs);
  };

  /** At start: what is saved becomes memory (nothing else is there yet). */
  function load() {
    const raw = storage.getItem(key);
    const saved = readSaved(raw);
    if (saved.kind === 'unreadable') return block();
    if (saved.kind === 'ok') apply(saved.state);
    // Memory now stands for what is saved: leaving the page unchanged writes nothing (not even over
    // a value that could not be read, which stays as it is for the learner to download).
    lastRaw = raw;
    lastSaved = partialize(store.getState());
  }

  function onStorage(event: StorageEvent) {
    // A host page clearing its sessionStorage is not our progress (the event carries no area in tests).
    if (event.storageArea && event.storageArea !== storage.area()) return;
    if (event.key !== null && event.key !== key) return;
    if (event.key === null || event.newValue === null) {
      lastRaw = null;
      lastSaved = null;
      notices().report({ kind: 'storage-cleared' });
      flush();
      return;
    }
    const raw = storage.getItem(key);
    const saved = readSaved(raw);
    if (saved.kind === 'unreadable') return block();
    if (saved.kind === 'ok' && takeIn(saved.state)) {
      lastRaw = raw;
      lastSaved = partialize(store.getState());
      return;
    }
    // Another tab saved less than this tab holds (an empty or broken value, or an older copy).
    schedule();
  }

  store.subscribe((state, previous) => {
    if (!sameFields(partialize(state), partialize(previous))) schedule();
  });

  return {
    load,
    flush,
    isBlocked: () => blocked,
    /** Whether the change being made now came from another tab (not from the learner here). */
    isApplyingRemote: () => applyingRemote,
    /** Saved text as it is (to export data this version cannot read). */
    savedRaw: () => storage.getItem(key),
    /** The op saved now, to number a new one above it. */
    savedOp(): ReplaceOp | null {
      const saved = readSaved(storage.getItem(key));
      return saved.kind === 'ok' ? saved.state.op : null;
    },
    /** Replaces memory (reset, import, undo: `state.op` is new) and saves at once. */
    replace(state: PersistedState): boolean {
      if (blocked) return false;
      store.setState(state as unknown as Partial<S>);
      flush();
      return true;
    },
    /** The key progress is saved under now. */
    key: () => key,
    /**
     * Moves saving to another key (an LMS learner's own) with what memory should hold there: nothing
     * of the old key's progress is merged in or written to the new one, and the old copy stays.
     */
    switchKey(next: string, state: PersistedState) {
      clearTimeout(timer);
      timer = undefined;
      key = next;
      blocked = false;
      lastRaw = null;
      lastSaved = null;
      apply(state);
      flush();
    },
    /** Called with a copy saved under an older op: what another tab held before our reset or import. */
    onOlderCopy(listener: (state: PersistedState) => void) {
      olderCopyListeners.add(listener);
      return () => olderCopyListeners.delete(listener);
    },
    /** Follows other tabs and saves before the page goes away. */
    connect(): () => void {
      const onHide = () => flush();
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      window.addEventListener('storage', onStorage);
      window.addEventListener('pagehide', onHide);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('storage', onStorage);
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
  };
}
