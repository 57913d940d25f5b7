// The team scoreboard, saved in this browser under its own key so that it survives a reload and
// follows from the console to the audience window (both on the instructor's machine).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeStorage } from '../../../store/safe-storage';
import { type Criterion, makeTeams, rankTeams, type Team, withName, withStar } from './scoreboard-model';
import { migrateScoreboard, normaliseScoreboard, SCOREBOARD_VERSION, type SavedScoreboard } from './scoreboard-saved';

export const SCOREBOARD_KEY = 'complaint-course:classroom';

export interface ScoreboardState {
  teams: Team[];
  /** Replaces any existing teams with 第1组…第N组 (N clamped to 1–20). */
  createTeams: (count: number) => void;
  renameTeam: (teamId: string, name: string) => void;
  /** Adds or takes away one star; a count never goes below zero. */
  addStar: (teamId: string, criterion: Criterion, delta: 1 | -1) => void;
  reset: () => void;
}

export const useScoreboard = create<ScoreboardState>()(
  persist(
    (set) => ({
      teams: [],
      createTeams: (count) => set({ teams: makeTeams(count) }),
      renameTeam: (teamId, name) => set((state) => ({ teams: withName(state.teams, teamId, name) })),
      addStar: (teamId, criterion, delta) =>
        set((state) => ({ teams: withStar(state.teams, teamId, criterion, delta) })),
      reset: () => set({ teams: [] }),
    }),
    {
      name: SCOREBOARD_KEY,
      version: SCOREBOARD_VERSION,
      // A full or blocked storage must never crash the classroom: faults become notices.
      storage: createJSONStorage(() => createSafeStorage(undefined, 'scoreboard')),
      partialize: (state): SavedScoreboard => ({ teams: state.teams }),
      migrate: (persisted, version) => migrateScoreboard(persisted, version) as ScoreboardState,
      merge: (persisted, current) => ({ ...current, ...normaliseScoreboard(persisted) }),
    },
  ),
);

export const rankedTeams = (state: Pick<ScoreboardState, 'teams'>) => rankTeams(state.teams);

/**
 * The 'storage' event fires only in the OTHER windows: re-read the board when it changes there.
 * When it was cleared (all of localStorage, or this key), this window saves its board again.
 */
export function followOtherWindows(event: StorageEvent) {
  // A host page's sessionStorage is not where the board lives.
  if (event.storageArea && event.storageArea !== window.localStorage) return;
  if (event.key !== SCOREBOARD_KEY && event.key !== null) return;
  if (window.localStorage.getItem(SCOREBOARD_KEY) === null) {
    if (useScoreboard.getState().teams.length > 0) useScoreboard.setState({});
  } else void useScoreboard.persist.rehydrate();
}

if (typeof window !== 'undefined') window.addEventListener('storage', followOtherWindows);
