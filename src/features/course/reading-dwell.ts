// When a section counts as read: after it has been on screen long enough to read a fair share of
// it. A fling through the lecture shows each section for a moment and marks nothing.

/** A comfortable reading speed for Chinese text on a screen. */
export const CHARS_PER_MINUTE = 400;
/** The share of a section's reading time it must be on screen. */
export const SHARE_TO_READ = 0.4;
/** A section with next to no text still needs a glance; a very long one is not held back forever. */
export const MIN_DWELL_MS = 3_000;
export const MAX_DWELL_MS = 20_000;

export function dwellNeeded(chars: number): number {
  const readingMs = (Math.max(0, chars) / CHARS_PER_MINUTE) * 60_000;
  return Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, readingMs * SHARE_TO_READ));
}

export interface DwellClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

const realClock: DwellClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

interface Watch {
  need: number;
  /** Time on screen so far, over earlier visits. */
  spent: number;
  onScreen: boolean;
  /** When the current visit's clock started, while it runs. */
  since: number | null;
  timer: number | null;
}

/**
 * Adds up, per section, the time it is on screen (across separate visits) and reports it read once
 * that reaches what it needs. `shown`/`hidden` come from the page; `pause`/`resume` from the tab
 * being hidden and shown again.
 */
export function createDwellTracker(onRead: (slide: number) => void, clock: DwellClock = realClock) {
  const watches = new Map<number, Watch>();
  const done = new Set<number>();
  let paused = false;

  const run = (slide: number, watch: Watch) => {
    if (watch.since !== null) return;
    watch.since = clock.now();
    watch.timer = clock.setTimeout(
      () => {
        watches.delete(slide);
        done.add(slide);
        onRead(slide);
      },
      Math.max(0, watch.need - watch.spent),
    );
  };
  const halt = (watch: Watch) => {
    if (watch.since === null) return;
    watch.spent += clock.now() - watch.since;
    if (watch.timer !== null) clock.clearTimeout(watch.timer);
    watch.since = null;
    watch.timer = null;
  };

  return {
    shown(slide: number, needMs: number) {
      if (done.has(slide)) return;
      const watch = watches.get(slide) ?? { need: needMs, spent: 0, onScreen: false, since: null, timer: null };
      watches.set(slide, watch);
      watch.onScreen = true;
      if (!paused) run(slide, watch);
    },
    hidden(slide: number) {
      const watch = watches.get(slide);
      if (!watch) return;
      watch.onScreen = false;
      halt(watch);
    },
    /** A section read on an earlier visit needs no watching. */
    alreadyRead(slide: number) {
      done.add(slide);
    },
    pause() {
      paused = true;
      for (const watch of watches.values()) halt(watch);
    },
    resume() {
      paused = false;
      for (const [slide, watch] of watches) if (watch.onScreen) run(slide, watch);
    },
    dispose() {
      for (const watch of watches.values()) halt(watch);
      watches.clear();
    },
  };
}

export type DwellTracker = ReturnType<typeof createDwellTracker>;
