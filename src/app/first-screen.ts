// index.html carries the home screen prerendered at build time (first paint without waiting for
// JavaScript). It is the right first screen only for a first visit to the home route: a returning
// learner's home shows where they stopped, and other routes show other screens. A tiny script in
// <head> decides before the first paint and marks <html>; CSS hides the prerendered home otherwise,
// and main.tsx hydrates it only when it was shown.

export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
export type FirstScreen = 'home' | 'deck' | 'app';

/**
 * The head script's body. Self-contained (the build serialises it with toString), so it names
 * nothing outside itself; `storageKey` is the saved progress's key. On any first screen but the
 * prerendered home, the app's code is needed before anything useful shows: `appFiles` (the app
 * chunk and its imports) start downloading at once rather than when the entry asks for them.
 */
export function applyFirstScreenHint(
  storageKey: string,
  appFiles: string[] = [],
  doc: Document = document,
  hash = location.hash,
) {
  let screen = 'app';
  if (/^#?\/?$/.test(hash)) {
    let saved = null;
    try {
      saved = window.localStorage.getItem(storageKey);
    } catch {
      // Storage unavailable: nothing saved, so the first-visit home is right.
    }
    screen = saved === null ? 'home' : 'app';
  } else if (/^#\/(present|presenter|print)\//.test(hash)) {
    screen = 'deck';
  }
  doc.documentElement.setAttribute('data-first-screen', screen);
  if (screen === 'home') return;
  for (const file of appFiles) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = file;
    doc.head.appendChild(link);
  }
}

/** The script file's text for a given storage key and app files (paths relative to index.html). */
export function firstScreenHintScript(storageKey: string, appFiles: string[]): string {
  return `(${applyFirstScreenHint.toString()})(${JSON.stringify(storageKey)}, ${JSON.stringify(appFiles)});\n`;
}

/** True when the prerendered home is on screen and is what the app will render: hydrate it. */
export function shouldHydrate(root: HTMLElement, doc: Document = document): boolean {
  return (
    root.hasAttribute(PRERENDERED_ATTRIBUTE) &&
    doc.documentElement.getAttribute(FIRST_SCREEN_ATTRIBUTE) === 'home' &&
    /^#?\/?$/.test(doc.location.hash)
  );
}

export function markPrerenderReplaced() {
  document.getElementById('root')?.removeAttribute(PRERENDERED_ATTRIBUTE);
}
