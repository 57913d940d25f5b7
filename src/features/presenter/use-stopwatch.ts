import { useState } from 'react';
import { useNow } from './classroom/use-now';

interface Stopwatch {
  /** The current time (ticks with the stopwatch, also used for the wall clock). */
  now: number;
  elapsedMs: number;
  running: boolean;
  toggle: () => void;
  reset: () => void;
}

/** The presenter's elapsed-time clock: starts with the console, can be paused and reset. */
export function useStopwatch(): Stopwatch {
  const [state, setState] = useState(() => ({ startedAt: Date.now() as number | null, banked: 0 }));
  const now = useNow(true, 500);
  const running = state.startedAt !== null;
  const elapsedMs = state.banked + (state.startedAt !== null ? Math.max(0, now - state.startedAt) : 0);
  return {
    now,
    elapsedMs,
    running,
    toggle: () =>
      setState((s) =>
        s.startedAt !== null
          ? { startedAt: null, banked: s.banked + (Date.now() - s.startedAt) }
          : { ...s, startedAt: Date.now() },
      ),
    reset: () => setState((s) => ({ startedAt: s.startedAt !== null ? Date.now() : null, banked: 0 })),
  };
}
