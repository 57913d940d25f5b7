import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage, readBackup } from '../../src/store/safe-storage';
import { useStorageNotices } from '../../src/store/storage-notices';

const kinds = () => useStorageNotices.getState().notices.map((n) => n.kind);

describe('safe storage', () => {
  beforeEach(() => useStorageNotices.setState({ notices: [] }));

  it('runs in memory with a notice when localStorage is unavailable', () => {
    const storage = createSafeStorage(() => null);
    storage.setItem('k', '{"a":1}');
    expect(storage.getItem('k')).toBe('{"a":1}');
    expect(kinds()).toEqual(['unavailable']);
  });

  it('does not throw when a write fails (quota exceeded) and reports it', () => {
    const backing = {
      getItem: () => null,
      setItem: vi.fn(() => {
        throw new DOMException('full', 'QuotaExceededError');
      }),
      removeItem: () => undefined,
    } as unknown as Storage;
    const storage = createSafeStorage(() => backing);
    expect(() => storage.setItem('k', '{}')).not.toThrow();
    expect(backing.setItem).toHaveBeenCalledOnce();
    expect(kinds()).toEqual(['write-failed']);
  });

  it('backs up corrupt JSON before anything can overwrite it, and tells the user', () => {
    localStorage.setItem('course', '{not json');
    const storage = createSafeStorage(() => localStorage);
    expect(storage.getItem('course')).toBeNull();
    const notice = useStorageNotices.getState().notices[0];
    expect(notice.kind).toBe('corrupt-backed-up');
    expect(localStorage.getItem(notice.backupKey!)).toBe('{not json');
    expect(readBackup(notice.backupKey!)).toBe('{not json');
    storage.setItem('course', '{"fresh":true}');
    expect(localStorage.getItem(notice.backupKey!)).toBe('{not json');
  });

  it('survives a getItem that throws', () => {
    const backing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    } as unknown as Storage;
    const storage = createSafeStorage(() => backing);
    expect(storage.getItem('k')).toBeNull();
    expect(kinds()).toContain('unavailable');
  });

  it('F10: storage full to the last byte is still read (saved progress shows), not taken for private mode', () => {
    localStorage.setItem('course', '{"saved":true}');
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const storage = createSafeStorage();
      expect(storage.getItem('course')).toBe('{"saved":true}');
      storage.setItem('course', '{"saved":false}');
      expect(kinds()).toEqual(['write-failed']);
    } finally {
      spy.mockRestore();
      localStorage.clear();
    }
  });

  it('F19: the same unreadable value read twice is backed up once', () => {
    localStorage.setItem('twice', '{bad');
    const storage = createSafeStorage(() => localStorage);
    storage.getItem('twice');
    storage.getItem('twice');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('twice:corrupt-backup:'))).toHaveLength(1);
    localStorage.clear();
  });
});
