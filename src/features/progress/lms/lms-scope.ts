// Puts the store on the LMS learner's key when it was created before the key was known: bundling
// can evaluate the store before lms-launch (they sit in different chunks), and a late API is found
// after the app has started. boot.tsx calls this before anything renders, so no screen ever shows,
// or writes to, progress of another key.
import { replaceProgress, safeStorage, useAppStore } from '../../../store/app-store';
import { normalise } from '../../../store/migrations';
import type { LmsLaunch } from './lms-launch';
import { readSaved } from './other-progress';

/** The live store moves to the launch's key, holding only what is kept there (nothing for a new attempt). */
export function applyLaunchKey(launch: LmsLaunch) {
  if (launch.keyChosen) return;
  useAppStore.persist.setOptions({ name: launch.key });
  replaceProgress((launch.newAttempt ? null : readSaved(safeStorage.getItem(launch.key))) ?? normalise({}));
  launch.keyChosen = true;
}
