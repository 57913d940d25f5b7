import { describe, expect, it } from 'vitest';
import {
  createDwellTracker,
  type DwellClock,
  dwellNeeded,
  MAX_DWELL_MS,
  MIN_DWELL_MS,
} from '../../src/features/course/reading-dwell';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: DwellClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(id);
      timer.run();
    }
  };
  return { clock, advance };
}

describe('when a section counts as read', () => {
  it('needs 40% of its reading time at 400 characters a minute, within bounds', () => {
    expect(dwellNeeded(300)).toBe(18_000);
    expect(dwellNeeded(400)).toBe(MAX_DWELL_MS);
    expect(dwellNeeded(200)).toBe(12_000);
    expect(dwellNeeded(10)).toBe(MIN_DWELL_MS);
    expect(dwellNeeded(5_000)).toBe(MAX_DWELL_MS);
  });

  it('a section shown only for a moment is not read; one that stays is', () => {
    const { clock, advance } = manualClock();
    const read: number[] = [];
    const tracker = createDwellTracker((n) => read.push(n), clock);
    tracker.shown(2, 5_000);
    advance(300);
    tracker.hidden(2);
    tracker.shown(3, 5_000);
    advance(4_999);
    expect(read).toEqual([]);
    advance(1);
    expect(read).toEqual([3]);
  });

  it('adds up separate visits, and stops counting while the tab is hidden', () => {
    const { clock, advance } = manualClock();
    const read: number[] = [];
    const tracker = createDwellTracker((n) => read.push(n), clock);
    tracker.shown(4, 5_000);
    advance(3_000);
    tracker.hidden(4);
    advance(60_000);
    tracker.shown(4, 5_000);
    tracker.pause();
    advance(60_000);
    expect(read).toEqual([]);
    tracker.resume();
    advance(2_000);
    expect(read).toEqual([4]);
  });

  it('never reports a section read before', () => {
    const { clock, advance } = manualClock();
    const read: number[] = [];
    const tracker = createDwellTracker((n) => read.push(n), clock);
    tracker.alreadyRead(1);
    tracker.shown(1, 1_000);
    advance(10_000);
    expect(read).toEqual([]);
  });
});
