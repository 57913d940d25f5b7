// Keeps the progress as it was before a reset or an import, so the learner can undo it (also
// after a reload: the snapshot is saved beside the progress).
import { partialize, replaceProgress, safeStorage, useAppStore } from './app-store';
import { normalise } from './migrations';

const UNDO_KEY = 'complaint-course:progress:undo';

export function replaceWithUndo(next: ReturnType<typeof partialize>, reason: 'reset' | 'import') {
  const before = partialize(useAppStore.getState());
  safeStorage.setItem(UNDO_KEY, JSON.stringify({ reason, at: Date.now(), state: before }));
  replaceProgress(next);
}

export function undoAvailable(): { reason: 'reset' | 'import'; at: number } | null {
  const raw = safeStorage.getItem(UNDO_KEY);
  if (!raw) return null;
  try {
    const { reason, at } = JSON.parse(raw) as { reason: 'reset' | 'import'; at: number };
    return { reason, at };
  } catch {
    return null;
  }
}

export function undoReplace(): boolean {
  const raw = safeStorage.getItem(UNDO_KEY);
  if (!raw) return false;
  try {
    replaceProgress(normalise((JSON.parse(raw) as { state: unknown }).state));
    safeStorage.removeItem(UNDO_KEY);
    return true;
  } catch {
    return false;
  }
}

export const emptyProgress = () => normalise({});
