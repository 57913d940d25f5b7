// The one persisted store, combined from slices; saving and following other tabs is progress-sync's.
import { create } from 'zustand';
import type { Attempt } from '../lib/quiz/attempt';
import { noOp, type PersistedState, type ReplaceOp } from './migrations';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createProgressSync } from './progress-sync';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { createSafeStorage } from './safe-storage';
import { STORE_KEY } from './store-key';

export type AppState = ProgressSlice & QuizSlice & { op: ReplaceOp };

export { STORE_KEY };

export const safeStorage = createSafeStorage();

/** Only data is saved, never actions. */
export function partialize(state: AppState): PersistedState {
  return {
    lectures: state.lectures as PersistedState['lectures'],
    attempts: state.attempts as PersistedState['attempts'],
    review: state.review,
    timeSpent: state.timeSpent as PersistedState['timeSpent'],
    op: state.op,
  };
}

export const useAppStore = create<AppState>()((...args) => ({
  ...createProgressSlice(...args),
  ...createQuizSlice(...args),
  op: noOp,
}));

export const progressSync = createProgressSync({
  store: useAppStore,
  storage: safeStorage,
  key: STORE_KEY,
  partialize,
});
progressSync.load();
// The undo of the first version lived in storage and was offered forever (it is in memory now).
safeStorage.removeItem(`${STORE_KEY}:undo`);

const maxSeq = (attempts: Attempt[]) => attempts.reduce((max, a) => Math.max(max, a.seq ?? 0), 0);

/** A new reset or import, numbered above any this tab or storage knows of. */
export function nextOp(incoming: PersistedState, now = Date.now()): ReplaceOp {
  const current = useAppStore.getState();
  const saved = progressSync.savedOp();
  return {
    n: Math.max(current.op.n, saved?.n ?? 0) + 1,
    id: Math.random().toString(36).slice(2, 12),
    at: now,
    seq: Math.max(maxSeq(current.attempts), maxSeq(incoming.attempts), current.op.seq, saved?.seq ?? 0),
  };
}

/**
 * Replaces all progress (import, reset, undo) as an explicit operation other tabs apply as such.
 * False when saved data from a newer course version must not be overwritten.
 */
export function replaceProgress(state: PersistedState): boolean {
  if (progressSync.isBlocked()) return false;
  return progressSync.replace({ ...state, op: nextOp(state) });
}

/** Writes what is waiting to be saved now (before a reload, in tests). */
export const flushProgress = () => progressSync.flush();

/**
 * Progress made in another tab shows here without a reload; if the saved progress is cleared
 * while the course is open, this tab saves what it holds again, so nothing is lost.
 */
export function followOtherTabs(): () => void {
  return progressSync.connect();
}
