// What went wrong with browser storage, for the app to tell the user. Kept outside the persisted
// store so that a storage fault can never block reporting itself.
import { create } from 'zustand';

export type StorageNoticeKind =
  'unavailable' | 'write-failed' | 'corrupt-backed-up' | 'migration-failed' | 'storage-cleared';

export interface StorageNotice {
  kind: StorageNoticeKind;
  /** Which saved data it concerns: the learner's progress or the classroom scoreboard. */
  store?: 'progress' | 'scoreboard';
  /** For corrupt data: the key the unreadable value was copied to. */
  backupKey?: string;
}

interface StorageNoticeState {
  notices: StorageNotice[];
  report: (notice: StorageNotice) => void;
  dismiss: (notice: StorageNotice) => void;
}

/** One notice per kind and store: both stores corrupt gives two notices, each with its backup. */
export const noticeId = (notice: StorageNotice) => `${notice.store ?? 'progress'}:${notice.kind}`;
const sameNotice = (a: StorageNotice, b: StorageNotice) => noticeId(a) === noticeId(b);

export const useStorageNotices = create<StorageNoticeState>((set) => ({
  notices: [],
  report: (notice) =>
    set((state) =>
      state.notices.some((n) => sameNotice(n, notice)) ? state : { notices: [...state.notices, notice] },
    ),
  dismiss: (notice) => set((state) => ({ notices: state.notices.filter((n) => !sameNotice(n, notice)) })),
}));
