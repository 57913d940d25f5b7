// Starts the LMS session and puts the store on this learner's key in this package, before
// anything renders: the store then holds no progress of another learner, another package or an
// earlier attempt, and nothing of this attempt is written anywhere else. Loaded only with an LMS.
import { markProgressKeptByLms } from '../../../lib/progress/progress-keeper';
import { progressSync, safeStorage } from '../../../store/app-store';
import { migrate, normalise, type PersistedState } from '../../../store/migrations';
import { STORE_KEY } from '../../../store/store-key';
import type { FoundApi } from './find-api';
import { readString, succeeded } from './lms-adapter';

/** The package's identity, with the SCORM version: the 1.2 and 2004 packages keep apart. */
export const COURSE_ID = 'complaint-course';
const SCOPED_PREFIX = `${STORE_KEY}:lms:`;
/** Where a new attempt puts aside what an earlier attempt left here (offered, never loaded). */
export const EARLIER_SUFFIX = ':earlier';

export interface LmsLaunch {
  /** The API, initialized (the session's adapters are loaded later, with the rest of it). */
  found: FoundApi;
  /** The store key of this learner in this package. */
  key: string;
  /** The LMS reports a new attempt: it starts empty. */
  newAttempt: boolean;
}

export function scopedStoreKey(version: string, learnerId: string): string {
  return `${SCOPED_PREFIX}${COURSE_ID}-scorm${version.replace('.', '')}:${encodeURIComponent(learnerId)}`;
}

/** Whether `key` holds progress of this course other than `active` (a candidate to bring in). */
export function isOtherProgressKey(key: string, active: string): boolean {
  if (key === active || key.includes(':corrupt-backup:') || key.endsWith(':declined')) return false;
  return key === STORE_KEY || key.startsWith(SCOPED_PREFIX);
}

/** Saved progress (as the store writes it) brought to the current version; null if unreadable. */
export function readSaved(raw: string | null): PersistedState | null {
  if (raw === null) return null;
  try {
    const saved = JSON.parse(raw) as { state?: unknown; version?: unknown };
    return typeof saved.version === 'number' ? migrate(saved.state, saved.version) : null;
  } catch {
    return null;
  }
}

function setAside(key: string) {
  try {
    const saved = window.localStorage.getItem(key);
    if (saved === null) return;
    window.localStorage.setItem(`${key}${EARLIER_SUFFIX}`, saved);
    window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: the store then keeps nothing either.
  }
}

/** Who the learner is and whether the attempt is new, in each version's elements. */
function readAttempt(found: FoundApi): { learnerId: string; newAttempt: boolean } {
  if (found.version === '2004') {
    const get = (element: string) => readString(() => found.api.GetValue(element));
    return { learnerId: get('cmi.learner_id'), newAttempt: get('cmi.entry') === 'ab-initio' };
  }
  const get = (element: string) => readString(() => found.api.LMSGetValue(element));
  const entry = get('cmi.core.entry');
  return {
    learnerId: get('cmi.core.student_id'),
    // 1.2 LMSs that leave entry empty on a first launch still report "not attempted".
    newAttempt: entry === 'ab-initio' || (entry === '' && get('cmi.core.lesson_status') === 'not attempted'),
  };
}

/**
 * Initializes the LMS session and moves the store to the learner's key, holding only what is kept
 * there (nothing for a new attempt); what it held before stays where it was, to be offered. Null
 * when the LMS refuses (another window of the course holds the session).
 */
export function launchLms(found: FoundApi): LmsLaunch | null {
  const started =
    found.version === '2004' ? succeeded(() => found.api.Initialize('')) : succeeded(() => found.api.LMSInitialize(''));
  if (!started) return null;
  markProgressKeptByLms();
  const { learnerId, newAttempt } = readAttempt(found);
  const key = scopedStoreKey(found.version, learnerId);
  if (newAttempt) setAside(key);
  progressSync.switchKey(key, (newAttempt ? null : readSaved(safeStorage.getItem(key))) ?? normalise({}));
  return { found, key, newAttempt };
}
