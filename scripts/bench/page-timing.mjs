// What the in-browser benchmarks share: the median of samples, and the script that times a change
// to the frame that paints it.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Resolves, when `changed()` first holds after a DOM mutation, with the start of the next frame
 * (the frame that paints the change). A MutationObserver sees the change at once; polling would
 * add up to a frame of its own. Installed in the page with addInitScript. */
export const paintedAfterChange = `window.paintedAfterChange = (changed) => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => resolve(performance.now()));
  if (changed()) return done();
  const observer = new MutationObserver(() => {
    if (!changed()) return;
    observer.disconnect();
    done();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})`;
