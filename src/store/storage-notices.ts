// What went wrong with browser storage, for the app to tell the user. Kept outside the persisted
// store so that a storage fault can never block reporting itself.
import { create } from 'zustand';

export type StorageNoticeKind =
  'unavailable' | 'write-failed' | 'corrupt-backed-up' | 'migration-failed' | 'storage-cleared';

export interface StorageNotice {
  kind: StorageNoticeKind;
  /** For corrupt data: the key the unreadable value was copied to. */
  backupKey?: string;
}

interface StorageNoticeState {
  notices: StorageNotice[];
  report: (notice: StorageNotice) => void;
  dismiss: (kind: StorageNoticeKind) => void;
}

export const useStorageNotices = create<StorageNoticeState>((set) => ({
  notices: [],
  report: (notice) =>
    set((state) =>
      state.notices.some((n) => n.kind === notice.kind) ? state : { notices: [...state.notices, notice] },
    ),
  dismiss: (kind) => set((state) => ({ notices: state.notices.filter((n) => n.kind !== kind) })),
}));
