// index.html carries the home prerendered for a first visit (first paint without waiting for
// JavaScript), and the build writes a few other screens as a first visitor sees them
// (first-screens/*.html: each lecture's start, the case bank, each deck's first slide). A tiny
// script in <head> decides before the first paint which of them, if any, is the right first screen
// and marks <html>: a returning learner's screens show their own progress, so only a first visit
// (nothing saved) gets a prerendered screen. CSS hides what must not show; main.tsx puts a
// prerendered screen in place and hydrates it.

export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
/** home: the prerendered home; static: a prerendered screen file; deck: projector/console/print. */
export type FirstScreen = 'home' | 'static' | 'deck' | 'app';

/** The router path a hash names ("#/cases?x" → "/cases"; "" → "/"). */
export function routePath(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] || '/';
}

/** Where the build writes the prerendered screen for a router path, relative to index.html. */
export function staticScreenFile(path: string): string {
  return `./first-screens/${path.replace(/^\//, '').replace(/\//g, '-')}.html`;
}

/**
 * The head script's body. Self-contained (the build serialises it with toString), so it names
 * nothing outside itself; `storageKey` is the saved progress's key, `staticScreens` maps the router
 * paths that have a prerendered screen to its file. On a screen that is not prerendered the app's
 * code is needed before anything useful shows: `appFiles` (the app chunk and its imports) start
 * downloading at once rather than when the entry asks for them. A prerendered screen's file starts
 * downloading at once instead, and the app after it has painted.
 */
export function applyFirstScreenHint(
  storageKey: string,
  appFiles: string[] = [],
  staticScreens: Record<string, string> = {},
  doc: Document = document,
  hash = location.hash,
) {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const firstVisit = () => {
    try {
      // Inside an LMS the progress sits under a key per learner that begins with storageKey.
      const storage = window.localStorage;
      for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(storageKey)) return false;
      return true;
    } catch {
      return true; // Storage unavailable: nothing saved.
    }
  };
  let screen = 'app';
  if (path === '/') screen = firstVisit() ? 'home' : 'app';
  // A query (a filtered case bank) asks for a screen other than the one prerendered: hydrating
  // the unfiltered markup with a filtered render was a mismatch (React error #418).
  else if (staticScreens[path] && hash.indexOf('?') < 0 && firstVisit()) screen = 'static';
  else if (/^\/(present|presenter|print)\//.test(path)) screen = 'deck';
  doc.documentElement.setAttribute('data-first-screen', screen);
  const preload = (href: string, as: string) => {
    const link = doc.createElement('link');
    link.rel = as === 'script' ? 'modulepreload' : 'preload';
    if (as !== 'script') link.as = as;
    link.crossOrigin = '';
    link.href = href;
    doc.head.appendChild(link);
  };
  if (screen === 'static') preload(staticScreens[path], 'fetch');
  if (screen === 'app' || screen === 'deck') for (const file of appFiles) preload(file, 'script');
}

/** The script file's text for a given storage key, app files and prerendered screens. */
export function firstScreenHintScript(
  storageKey: string,
  appFiles: string[],
  staticScreens: Record<string, string> = {},
): string {
  const args = [storageKey, appFiles, staticScreens].map((arg) => JSON.stringify(arg)).join(', ');
  return `(${applyFirstScreenHint.toString()})(${args});\n`;
}

/** True when a prerendered screen is on show and is what the app will render: hydrate it. */
export function shouldHydrate(root: HTMLElement, doc: Document = document): boolean {
  const screen = doc.documentElement.getAttribute(FIRST_SCREEN_ATTRIBUTE);
  const path = routePath(doc.location.hash);
  // The attribute names the path whose screen the root holds ("/" in index.html).
  return (screen === 'home' || screen === 'static') && root.getAttribute(PRERENDERED_ATTRIBUTE) === path;
}

export function markPrerenderReplaced() {
  document.getElementById('root')?.removeAttribute(PRERENDERED_ATTRIBUTE);
}
