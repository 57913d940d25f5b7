// Inside an LMS, before the store exists: find the API, start the LMS session and choose the
// store's key for this learner and this package, so that the store never loads progress that
// belongs to another learner, another package or an earlier attempt. boot.tsx imports this module
// first; where bundling evaluates the store earlier anyway, lms-scope.ts moves it before render.
import { markProgressKeptByLms } from '../../../lib/progress/progress-keeper';
import { chooseStoreKey, STORE_KEY } from '../../../store/store-key';
import { type FoundApi, findLmsApi } from './find-api';
import type { LmsAdapter } from './lms-adapter';
import { createScorm12Adapter } from './scorm12-adapter';
import { createScorm2004Adapter } from './scorm2004-adapter';

/** The package's identity, with the SCORM version: the 1.2 and 2004 packages keep apart. */
export const COURSE_ID = 'complaint-course';
const SCOPED_PREFIX = `${STORE_KEY}:lms:`;
/** Where a new attempt puts aside what an earlier attempt left here (offered, never loaded). */
export const EARLIER_SUFFIX = ':earlier';

export interface LmsLaunch {
  adapter: LmsAdapter;
  /** The store key of this learner in this package. */
  key: string;
  /** The LMS reports a new attempt: it starts empty. */
  newAttempt: boolean;
  /** Whether the key was chosen before the store existed (otherwise the live store must move). */
  keyChosen: boolean;
}

export function createAdapter(found: FoundApi): LmsAdapter {
  return found.version === '2004' ? createScorm2004Adapter(found.api) : createScorm12Adapter(found.api);
}

export function scopedStoreKey(version: string, learnerId: string): string {
  return `${SCOPED_PREFIX}${COURSE_ID}-scorm${version.replace('.', '')}:${encodeURIComponent(learnerId)}`;
}

/** Whether `key` holds progress of this course other than `active` (a candidate to bring in). */
export function isOtherProgressKey(key: string, active: string): boolean {
  if (key === active || key.includes(':corrupt-backup:') || key.endsWith(':declined')) return false;
  return key === STORE_KEY || key.startsWith(SCOPED_PREFIX);
}

function setAside(storage: Storage | null, key: string) {
  try {
    const saved = storage?.getItem(key);
    if (saved === null || saved === undefined) return;
    storage!.setItem(`${key}${EARLIER_SUFFIX}`, saved);
    storage!.removeItem(key);
  } catch {
    // Storage unavailable: the store then keeps nothing either.
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Starts the LMS session; null when the LMS refuses (another window of the course holds it). */
export function launchLms(found: FoundApi, storage: Storage | null = localStorageOrNull()): LmsLaunch | null {
  const adapter = createAdapter(found);
  if (!adapter.initialize()) return null;
  markProgressKeptByLms();
  const key = scopedStoreKey(adapter.version, adapter.readLearnerId());
  const newAttempt = adapter.isNewAttempt();
  if (newAttempt) setAside(storage, key);
  return { adapter, key, newAttempt, keyChosen: chooseStoreKey(key) };
}

/** The projector, console and print windows are opened by the course window, which holds the session. */
export const isDeckWindow = (hash: string) => /^#\/(present|presenter|print)\//.test(hash);

/** What was found at start-up: a launched session, 'refused', or null (no LMS API yet). */
export type LaunchAtStart = LmsLaunch | 'refused' | null;

function launchAtStart(): LaunchAtStart {
  if (typeof window === 'undefined' || isDeckWindow(window.location.hash)) return null;
  const found = findLmsApi(window);
  if (!found) return null;
  return launchLms(found) ?? 'refused';
}

export const lmsAtStart: LaunchAtStart = launchAtStart();
