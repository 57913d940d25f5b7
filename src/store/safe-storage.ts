// A StateStorage for zustand's persist that never throws. zustand lets setItem errors escape from
// set(), swallows JSON parse errors and then overwrites the bad value; we handle each case here.
import type { StateStorage } from 'zustand/middleware';
import { useStorageNotices } from './storage-notices';

function getLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    // Some browsers expose localStorage but throw on use (private mode, disabled cookies).
    const probe = '__storage_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

export function backupKeyFor(name: string, now = Date.now()): string {
  return `${name}:corrupt-backup:${now}`;
}

export interface SafeStorage extends StateStorage {
  getItem: (name: string) => string | null;
  setItem: (name: string, value: string) => void;
  removeItem: (name: string) => void;
  /** A backed-up corrupt value (from storage or the in-memory copy), for the user to download. */
  readBackup: (backupKey: string) => string | null;
}

/** Storage with an in-memory fallback; faults are reported as notices, never thrown. */
export function createSafeStorage(getStorage: () => Storage | null = getLocalStorage): SafeStorage {
  const memory = new Map<string, string>();
  let storage: Storage | null | undefined;
  const report = (...args: Parameters<ReturnType<typeof useStorageNotices.getState>['report']>) =>
    useStorageNotices.getState().report(...args);
  const backend = (): Storage | null => {
    if (storage === undefined) {
      storage = getStorage();
      if (!storage) report({ kind: 'unavailable' });
    }
    return storage;
  };

  return {
    getItem(name) {
      const store = backend();
      let raw: string | null;
      try {
        raw = store ? store.getItem(name) : (memory.get(name) ?? null);
      } catch {
        report({ kind: 'unavailable' });
        raw = memory.get(name) ?? null;
      }
      if (raw === null) return null;
      try {
        JSON.parse(raw);
        return raw;
      } catch {
        // Keep the unreadable value before anything can overwrite it.
        const backupKey = backupKeyFor(name);
        memory.set(backupKey, raw);
        try {
          store?.setItem(backupKey, raw);
        } catch {
          // The in-memory copy still lets the user download it this session.
        }
        report({ kind: 'corrupt-backed-up', backupKey });
        return null;
      }
    },
    setItem(name, value) {
      memory.set(name, value);
      const store = backend();
      if (!store) return;
      try {
        store.setItem(name, value);
      } catch {
        report({ kind: 'write-failed' });
      }
    },
    removeItem(name) {
      memory.delete(name);
      try {
        backend()?.removeItem(name);
      } catch {
        report({ kind: 'write-failed' });
      }
    },
    readBackup(backupKey) {
      return memory.get(backupKey) ?? null;
    },
  };
}
