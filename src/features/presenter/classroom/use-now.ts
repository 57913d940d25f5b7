import { useEffect, useState } from 'react';

/**
 * The current time, refreshed by setInterval while `active` (so fake clocks in tests drive it).
 * A quarter-second tick keeps a seconds display from skipping a number.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    // Catch up at once: `now` may be from long before the timer was started.
    tick();
    const id = setInterval(tick, intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
