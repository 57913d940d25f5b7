// A first visit to a prerendered screen other than home (first-screen.ts): put the build's markup
// for it in place, so the screen paints after one small download instead of after React, the
// router and the screen's code have loaded and run (seconds on a slow phone). The app then hydrates
// it. No React here: this runs in the entry, before the app's code has arrived.
import { canvasScale, canvasTransform } from '../features/presenter/canvas-fit';
import { tocStartsOpen } from '../features/course/toc-layout';
import { PRERENDERED_ATTRIBUTE, routePath, staticScreenFile } from './first-screen';

/** What the markup cannot know, set as the app's first render will have it: sizes, media queries. */
function fitToWindow(root: HTMLElement, win: Window) {
  root.querySelectorAll<HTMLDetailsElement>('nav.toc details').forEach((toc) => (toc.open = tocStartsOpen(win)));
  root.querySelectorAll<HTMLElement>('.stage').forEach((stage) => {
    const canvas = stage.querySelector<HTMLElement>('.stage__canvas');
    if (canvas) canvas.style.transform = canvasTransform(canvasScale(stage));
  });
}

/**
 * Fetches the prerendered screen for `hash` and shows it in #root. Resolves true once it is in
 * place; false when the reader has moved on meanwhile (the app renders their screen). Rejects
 * when the file cannot be had: the caller starts the app as for any other screen.
 */
export async function showStaticScreen(
  hash: string,
  doc: Document = document,
  fetchFile: typeof fetch = fetch,
): Promise<boolean> {
  const path = routePath(hash);
  // Same request as the head script's preload (same URL and CORS mode), so it is served from there.
  const response = await fetchFile(staticScreenFile(path), { credentials: 'same-origin', mode: 'cors' });
  if (!response.ok) throw new Error(`Prerendered screen ${path}: HTTP ${response.status}`);
  const markup = await response.text();
  const root = doc.getElementById('root');
  if (!root || routePath(doc.location.hash) !== path) return false;
  // Parsed in a template: React's markers (comments) stay where React put them, and nothing in
  // it runs (the file is the build's own output, same origin, no scripts).
  const template = doc.createElement('template');
  template.innerHTML = markup;
  root.replaceChildren(template.content);
  root.setAttribute(PRERENDERED_ATTRIBUTE, path);
  fitToWindow(root, doc.defaultView ?? window);
  return true;
}
