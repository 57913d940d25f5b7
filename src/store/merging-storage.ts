// Wraps the safe storage for the progress store. Before each write it reads what is saved and
// merges it in, so two tabs never overwrite each other's newer data; it never writes over saved
// data it cannot read (a newer app version, or a migration that fails), leaving it untouched.
import type { StateStorage } from 'zustand/middleware';
import { mergePersisted } from './merge-persisted';
import { migrate, normalise, type PersistedState } from './migrations';
import type { SafeStorage } from './safe-storage';
import { useStorageNotices } from './storage-notices';

interface Saved {
  state: unknown;
  version: number;
}

function parseSaved(raw: string | null): Saved | null {
  if (raw === null) return null;
  try {
    const saved = JSON.parse(raw) as Partial<Saved>;
    return typeof saved === 'object' && saved !== null && typeof saved.version === 'number'
      ? { state: saved.state, version: saved.version }
      : null;
  } catch {
    return null;
  }
}

export interface MergingStorage extends StateStorage {
  /** The next write replaces what is saved instead of merging (reset, import, undo). */
  replaceNextWrite: () => void;
  /** Whether writes are held back because saved data could not be read. */
  isBlocked: () => boolean;
}

export function createMergingStorage(base: SafeStorage): MergingStorage {
  let replaceNext = false;
  let blocked = false;
  return {
    getItem: (name) => base.getItem(name),
    removeItem: (name) => base.removeItem(name),
    replaceNextWrite: () => {
      replaceNext = true;
    },
    isBlocked: () => blocked,
    setItem(name, value) {
      const incoming = parseSaved(value);
      if (replaceNext || !incoming) {
        replaceNext = false;
        blocked = false;
        base.setItem(name, value);
        return;
      }
      const saved = parseSaved(base.getItem(name));
      if (!saved) {
        base.setItem(name, value);
        return;
      }
      let theirs: PersistedState;
      try {
        theirs = saved.version === incoming.version ? normalise(saved.state) : migrate(saved.state, saved.version);
      } catch {
        // Saved data we cannot read stays as it is; this tab keeps its progress in memory.
        blocked = true;
        useStorageNotices.getState().report({ kind: 'migration-failed' });
        return;
      }
      const merged = mergePersisted(theirs, normalise(incoming.state));
      base.setItem(name, JSON.stringify({ state: merged, version: incoming.version }));
    },
  };
}
