// The course inside an LMS: call once at start-up. Without an LMS API in a parent or opener window
// it keeps looking for a few seconds (some LMSs create the API after the course frame), then gives
// up, having loaded nothing; with one, it reports progress to it.
import { findLmsApi } from './find-api';

/** How long a late API is still looked for, and how often. */
export const LATE_API_MS = 10_000;
const LOOK_EVERY_MS = 500;

/** The projector, console and print windows are opened by the course window, which holds the session. */
export const isDeckWindow = (hash: string) => /^#\/(present|presenter|print)\//.test(hash);

/**
 * Starts reporting to the LMS. Resolves, once the store is on the learner's key (at once when no
 * API is there yet), to the function that ends the session; null when the LMS refuses it.
 */
export async function startLmsSession(win: Window = window): Promise<(() => void) | null> {
  let stop: (() => void) | undefined;
  let stopped = false;
  /** Launches (the store moves to the learner's key), then starts the session beside the app. */
  const launch = async (found: NonNullable<ReturnType<typeof findLmsApi>>) => {
    const { launchLms } = await import('./lms-launch');
    const launched = launchLms(found);
    if (!launched) return false;
    import('./lms-start').then(
      ({ startWithLaunch }) => {
        if (!stopped) stop = startWithLaunch(launched, win);
      },
      () => {
        // The chunk failed to load (offline?): the course still works, unreported.
      },
    );
    return true;
  };
  const end = () => {
    stopped = true;
    stop?.();
  };
  const found = findLmsApi(win);
  if (found) {
    try {
      return (await launch(found)) ? end : null;
    } catch {
      return null; // The chunk failed to load: the course works unreported.
    }
  }
  const startedAt = Date.now();
  const look = () => {
    if (stopped) return;
    const late = findLmsApi(win);
    if (late) void launch(late).catch(() => undefined);
    else if (Date.now() - startedAt < LATE_API_MS) setTimeout(look, LOOK_EVERY_MS);
  };
  setTimeout(look, LOOK_EVERY_MS);
  return end;
}
