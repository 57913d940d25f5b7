// The undo of a reset or an import: offered only right after it, in the tab that made it, from the
// copy in memory; gone once the learner does something else or leaves the page. If another tab
// has saved progress since, the learner is asked before that progress is replaced.
import { create } from 'zustand';
import { nextOp, partialize, progressSync, replaceProgress, useAppStore } from './app-store';
import { compareOps, madeSince, mergePersisted } from './merge-persisted';
import { normalise, type PersistedState, type ReplaceOp } from './migrations';

export type ReplaceReason = 'reset' | 'import';

interface Undo {
  reason: ReplaceReason;
  /** The progress as it was before. */
  before: PersistedState;
  /** The op the reset or import made (what came later is "newer progress"). */
  op: ReplaceOp;
}

export const useUndo = create<{ undo: Undo | null }>(() => ({ undo: null }));

export const forgetUndo = () => useUndo.setState({ undo: null });

/** 'newer' when saved data from a newer course version must not be overwritten. */
export function replaceWithUndo(next: PersistedState, reason: ReplaceReason): 'done' | 'newer' {
  if (progressSync.isBlocked()) return 'newer';
  const before = partialize(useAppStore.getState());
  const op = nextOp(next);
  // Offered before the write: a copy another tab saved just before is folded into it (below).
  useUndo.setState({ undo: { reason, before, op } });
  progressSync.replace({ ...next, op });
  return 'done';
}

/** Progress recorded (in another tab) after the reset or import, which an undo would replace. */
export function newerProgressSince(op: ReplaceOp): boolean {
  const since = madeSince(partialize(useAppStore.getState()), op);
  return since.attempts.length > 0 || Object.keys(since.lectures).length > 0;
}

export type UndoResult = 'done' | 'confirm' | 'none' | 'newer';

/** Restores the copy from before; asks first (returns 'confirm') if newer progress would go. */
export function undoReplace(confirmed = false): UndoResult {
  const { undo } = useUndo.getState();
  if (!undo) return 'none';
  if (!confirmed && newerProgressSince(undo.op)) return 'confirm';
  if (!replaceProgress(undo.before)) return 'newer';
  forgetUndo();
  return 'done';
}

// The learner doing anything else here ends the offer (changes from other tabs do not).
useAppStore.subscribe((state, previous) => {
  if (!useUndo.getState().undo || progressSync.isApplyingRemote()) return;
  if (state.op !== previous.op) return;
  if (
    state.attempts !== previous.attempts ||
    state.lectures !== previous.lectures ||
    state.timeSpent !== previous.timeSpent
  )
    forgetUndo();
});

// A tab that saved just before our reset or import (and had not heard of it) held progress the
// copy in memory lacks: it belongs to "before", so undo brings it back too.
progressSync.onOlderCopy((older) => {
  const { undo } = useUndo.getState();
  if (undo && compareOps(older.op, undo.before.op) === 0)
    useUndo.setState({ undo: { ...undo, before: mergePersisted(undo.before, older) } });
});

export const emptyProgress = () => normalise({});
