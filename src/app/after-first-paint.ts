// Starts the app once the browser has painted what index.html already shows (the prerendered
// home). Otherwise a fast-loaded or cached script runs, and hydrates, before the first paint, and
// a slow phone shows nothing until React is done.

const FALLBACK_MS = 1000;

/** Calls `start` once, after the first contentful paint; at once in a hidden tab (it paints nothing). */
export function afterFirstPaint(start: () => void, win: Window & typeof globalThis = window) {
  let started = false;
  const run = () => {
    if (started) return;
    started = true;
    start();
  };
  if (win.document.visibilityState !== 'visible') {
    run();
    return;
  }
  // The paint timing entry is the browser's own word that the frame is on screen.
  const supported = win.PerformanceObserver?.supportedEntryTypes?.includes('paint');
  if (supported) {
    const observer = new win.PerformanceObserver((list: PerformanceObserverEntryList) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      win.setTimeout(run, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(run, 0)));
  }
  // Never wait long (frames can be throttled, e.g. an LMS frame off screen).
  win.setTimeout(run, FALLBACK_MS);
}
