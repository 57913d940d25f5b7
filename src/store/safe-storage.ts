// A StateStorage for zustand's persist that never throws. zustand lets setItem errors escape from
// set(), swallows JSON parse errors and then overwrites the bad value; we handle each case here.
import type { StateStorage } from 'zustand/middleware';
import { type StorageNotice, useStorageNotices } from './storage-notices';

function getLocalStorage(): Storage | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return null;
  }
  // Some browsers expose localStorage but throw on use (private mode, disabled cookies).
  const probe = '__storage_probe__';
  try {
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    // Full to the last byte is not "no storage": what is saved can still be read (and shown).
    try {
      storage.getItem(probe);
      return storage;
    } catch {
      return null;
    }
  }
}

/** Unreadable values copied aside, by key: shared by every store, so any notice can offer them. */
const backups = new Map<string, string>();

/** A backup copied aside this session (from storage or memory), for the user to download. */
export function readBackup(backupKey: string): string | null {
  return backups.get(backupKey) ?? null;
}

/** Older backups of the same key are removed: each one can be as large as the data. */
const KEPT_BACKUPS = 2;

export function backupKeyFor(name: string, now = Date.now()): string {
  return `${name}:corrupt-backup:${now}`;
}

export interface SafeStorage extends StateStorage {
  getItem: (name: string) => string | null;
  setItem: (name: string, value: string) => void;
  removeItem: (name: string) => void;
  /** A backed-up corrupt value (from storage or the in-memory copy), for the user to download. */
  readBackup: (backupKey: string) => string | null;
  /** The browser storage behind it (null when it runs in memory), to tell its events apart. */
  area: () => Storage | null;
}

function pruneBackups(store: Storage, name: string) {
  const prefix = `${name}:corrupt-backup:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  keys.sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
  for (const key of keys.slice(0, -KEPT_BACKUPS)) store.removeItem(key);
}

/** Storage with an in-memory fallback; faults are reported as notices, never thrown. */
export function createSafeStorage(
  getStorage: () => Storage | null = getLocalStorage,
  store: StorageNotice['store'] = 'progress',
): SafeStorage {
  const memory = new Map<string, string>();
  let storage: Storage | null | undefined;
  const report = (notice: Omit<StorageNotice, 'store'>) => useStorageNotices.getState().report({ ...notice, store });
  /** The unreadable text already copied aside: reading it twice does not copy it twice. */
  const backedUp = new Map<string, string>();
  /** The text last read or written per key: unchanged text (most reads) is not parsed again. */
  const lastGood = new Map<string, string>();
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
      if (raw === null || raw === lastGood.get(name)) return raw;
      try {
        JSON.parse(raw);
        lastGood.set(name, raw);
        return raw;
      } catch {
        // Keep the unreadable value before anything can overwrite it.
        let backupKey = backedUp.get(raw);
        if (!backupKey) {
          backupKey = backupKeyFor(name);
          backedUp.set(raw, backupKey);
          backups.set(backupKey, raw);
          try {
            store?.setItem(backupKey, raw);
            if (store) pruneBackups(store, name);
          } catch {
            // The in-memory copy still lets the user download it this session.
          }
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
        lastGood.set(name, value);
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
    readBackup,
    area: () => backend(),
  };
}
