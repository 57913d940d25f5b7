// Whether a lecture's table of contents starts open. No React here: the first-screen code that
// shows a prerendered lecture (src/app/static-screen.ts) applies the same rule before React runs.

const TOC_BESIDE_TEXT = '(min-width: 960px)';

/**
 * Open beside the text on wide screens; folded above it on phones so the lecture comes first.
 * Folded where there is no window (the build's prerender): the page then opens it if wide.
 */
export function tocStartsOpen(win: Window | undefined = globalThis.window): boolean {
  if (!win) return false;
  return typeof win.matchMedia !== 'function' || win.matchMedia(TOC_BESIDE_TEXT).matches;
}
