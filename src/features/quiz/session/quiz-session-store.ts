// The quiz session: the exam in progress and unsubmitted practice drafts. Its own small persisted
// store (own key and version), apart from the progress store: these are working notes, not
// results, and a reload, a closed tab or an app update must not lose them.
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  type ExamSession,
  emptySession,
  migrateSession,
  parseSession,
  type SavedDraft,
  SESSION_VERSION,
  type SessionData,
} from './session-schema';

export const SESSION_KEY = 'complaint-course:quiz-session';

interface SessionActions {
  startExam: (exam: ExamSession) => void;
  updateExam: (change: (exam: ExamSession) => Partial<ExamSession>) => void;
  clearExam: () => void;
  saveDraft: (questionId: string, draft: SavedDraft) => void;
  clearDraft: (questionId: string) => void;
}

export type QuizSession = SessionData & SessionActions;

/** localStorage that never throws: unavailable, full or corrupt storage reads as nothing saved. */
const safeSessionStorage: PersistStorage<SessionData> = {
  getItem: (name) => {
    try {
      const text = localStorage.getItem(name);
      if (!text) return null;
      const saved = JSON.parse(text) as Partial<StorageValue<unknown>>;
      return { state: saved.state as SessionData, version: typeof saved.version === 'number' ? saved.version : 0 };
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // Full or unavailable: the session still works in memory.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to do.
    }
  },
};

export const useQuizSession = create<QuizSession>()(
  persist(
    (set) => ({
      ...emptySession(),
      startExam: (exam) => set({ exam }),
      updateExam: (change) => set((s) => (s.exam ? { exam: { ...s.exam, ...change(s.exam) } } : {})),
      clearExam: () => set({ exam: null }),
      saveDraft: (questionId, draft) => set((s) => ({ drafts: { ...s.drafts, [questionId]: draft } })),
      clearDraft: (questionId) =>
        set((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([id]) => id !== questionId)) })),
    }),
    {
      name: SESSION_KEY,
      version: SESSION_VERSION,
      storage: safeSessionStorage,
      partialize: (s) => ({ exam: s.exam, drafts: s.drafts }),
      migrate: (saved, version) => migrateSession(saved, version),
      // Whatever was saved is validated before use.
      merge: (saved, current) => ({ ...current, ...parseSession(saved) }),
    },
  ),
);
