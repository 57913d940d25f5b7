// The one persisted store, combined from slices; middleware is applied only here.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createMergingStorage } from './merging-storage';
import { migrate, normalise, STORE_VERSION, type PersistedState } from './migrations';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { createSafeStorage } from './safe-storage';
import { useStorageNotices } from './storage-notices';
import { STORE_KEY } from './store-key';

export type AppState = ProgressSlice & QuizSlice;

export { STORE_KEY };

export const safeStorage = createSafeStorage();
export const progressStorage = createMergingStorage(safeStorage);

/** Only data is saved, never actions. */
export function partialize(state: AppState): PersistedState {
  return {
    lectures: state.lectures as PersistedState['lectures'],
    attempts: state.attempts,
    review: state.review,
    timeSpent: state.timeSpent as PersistedState['timeSpent'],
  };
}

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createProgressSlice(...args),
      ...createQuizSlice(...args),
    }),
    {
      name: STORE_KEY,
      version: STORE_VERSION,
      storage: createJSONStorage(() => progressStorage),
      partialize,
      migrate: (persisted, version) => migrate(persisted, version) as unknown as AppState,
      // persist's default merge is shallow and keeps whatever shape was saved: normalise instead.
      merge: (persisted, current) => ({ ...current, ...(normalise(persisted) as Partial<AppState>) }),
      onRehydrateStorage: () => (_state, error) => {
        // e.g. saved by a newer version of the course: keep it untouched and say so.
        if (error) useStorageNotices.getState().report({ kind: 'migration-failed' });
      },
    },
  ),
);

/** Replaces all saved progress (import, reset, undo), bypassing the merge with what is saved. */
export function replaceProgress(state: PersistedState) {
  progressStorage.replaceNextWrite();
  useAppStore.setState(state);
}

/**
 * Progress made in another tab shows here without a reload; if the saved progress is cleared
 * while the course is open, this tab saves what it holds again, so nothing is lost.
 */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== useAppStore.persist.getOptions().name) return;
    if (event.newValue === null) {
      useAppStore.setState({});
      useStorageNotices.getState().report({ kind: 'storage-cleared' });
    } else void useAppStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
