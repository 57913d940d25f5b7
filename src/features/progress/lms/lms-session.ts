// The course inside an LMS: call once at start-up with what lms-launch found. Without an LMS API in
// a parent or opener window it keeps looking for a few seconds (some LMSs create the API after
// the course frame), then gives up; with one, it reports progress to it.
import { findLmsApi } from './find-api';
import { type LaunchAtStart, launchLms, type LmsLaunch } from './lms-launch';

/** How long a late API is still looked for, and how often. */
export const LATE_API_MS = 10_000;
const LOOK_EVERY_MS = 500;

/** Starts reporting to the LMS; returns the function that ends the session, or null without one. */
export function startLmsSession(atStart: LaunchAtStart, win: Window = window): (() => void) | null {
  if (atStart === 'refused') return null;
  let stop: (() => void) | undefined;
  let stopped = false;
  const run = (launch: LmsLaunch) =>
    import('./lms-start').then(
      ({ startWithLaunch }) => {
        if (!stopped) stop = startWithLaunch(launch, win);
      },
      () => {
        // The chunk failed to load (offline?): the course still works, unreported.
      },
    );
  if (atStart) void run(atStart);
  else {
    const startedAt = Date.now();
    const look = () => {
      if (stopped) return;
      const found = findLmsApi(win);
      if (found) {
        const launch = launchLms(found);
        if (launch) void run(launch);
      } else if (Date.now() - startedAt < LATE_API_MS) setTimeout(look, LOOK_EVERY_MS);
    };
    setTimeout(look, LOOK_EVERY_MS);
  }
  return () => {
    stopped = true;
    stop?.();
  };
}
