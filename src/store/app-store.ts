// The one persisted store, combined from slices; middleware is applied only here.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { migrate, normalise, STORE_VERSION, type PersistedState } from './migrations';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { createSafeStorage } from './safe-storage';

export type AppState = ProgressSlice & QuizSlice;

export const STORE_KEY = 'complaint-course:progress';

export const safeStorage = createSafeStorage();

/** Only data is saved, never actions. */
export function partialize(state: AppState): PersistedState {
  return {
    lectures: state.lectures as PersistedState['lectures'],
    attempts: state.attempts,
    review: state.review,
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
      storage: createJSONStorage(() => safeStorage),
      partialize,
      migrate: (persisted, version) => migrate(persisted, version) as unknown as AppState,
      // persist's default merge is shallow and keeps whatever shape was saved: normalise instead.
      merge: (persisted, current) => ({ ...current, ...(normalise(persisted) as Partial<AppState>) }),
    },
  ),
);
