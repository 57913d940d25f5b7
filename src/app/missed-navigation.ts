// The router listens for address changes only once it has mounted. A link the learner follows in
// the prerendered home while the app is starting (hydration runs in slices) changes the address
// before that: this notices it, so the app can catch up. The router's own navigations never fire
// `hashchange` (they use the History API), so only such changes are seen.

let missed = false;
const onHashChange = () => {
  missed = true;
};

/** From just before the app renders. */
export function watchForMissedNavigation(win: Window = window) {
  win.addEventListener('hashchange', onHashChange);
}

/** Once the router listens: whether the address changed without it; stops watching. */
export function takeMissedNavigation(win: Window = window): boolean {
  win.removeEventListener('hashchange', onHashChange);
  const result = missed;
  missed = false;
  return result;
}
