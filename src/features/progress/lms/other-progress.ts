// Progress of this course kept elsewhere in this browser (outside an LMS, by another learner or
// package, or by an earlier attempt): what bringing it in would add, for the learner to decide.
import { mergePersisted } from '../../../store/merge-persisted';
import type { PersistedState } from '../../../store/migrations';
import { isOtherProgressKey, readSaved } from './lms-launch';

export interface OtherProgress {
  /** The current progress with the other copies merged in. */
  merged: PersistedState;
  addedSlides: number;
  addedAnswers: number;
  /** Identifies this offer, so a declined one is not asked again (unless it grows). */
  fingerprint: string;
}

const slides = (state: PersistedState) => Object.values(state.lectures).reduce((n, l) => n + l.seen.length, 0);

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys.sort();
}

/** What the other copies would add to `current`, or null when they add nothing. */
export function otherProgress(storage: Storage, activeKey: string, current: PersistedState): OtherProgress | null {
  let merged = current;
  const used: string[] = [];
  for (const key of keysOf(storage).filter((k) => isOtherProgressKey(k, activeKey))) {
    const other = readSaved(storage.getItem(key));
    if (!other) continue;
    merged = mergePersisted(merged, other);
    used.push(key);
  }
  const addedSlides = slides(merged) - slides(current);
  const addedAnswers = merged.attempts.length - current.attempts.length;
  if (addedSlides <= 0 && addedAnswers <= 0) return null;
  return { merged, addedSlides, addedAnswers, fingerprint: `${used.join('|')}#${addedSlides}/${addedAnswers}` };
}

export const declinedKey = (activeKey: string) => `${activeKey}:declined`;
