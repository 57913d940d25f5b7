// The course inside an LMS: call once at start-up. Without an LMS API in a parent or opener
// window it does nothing at all (and loads nothing); with one, it reports progress to it.
import { findLmsApi } from './find-api';

/** Starts reporting to the LMS; returns the function that ends the session, or null without an LMS. */
export function startLmsSession(win: Window = window): (() => void) | null {
  const found = findLmsApi(win);
  if (!found) return null;
  let stop: (() => void) | undefined;
  let stopped = false;
  import('./lms-start').then(
    ({ startWithApi }) => {
      if (!stopped) stop = startWithApi(found, win);
    },
    () => {
      // The chunk failed to load (offline?): the course still works, unreported.
    },
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
