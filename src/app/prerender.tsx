// Build time only (see scripts/vite-plugin-prerender.ts): screens as HTML, as a first visitor
// sees them: the home for index.html, and the screens a shared link most often opens (each
// lecture's start, the case bank, each deck's first slide) for first-screens/*.html. Links get the
// same "#/…" hrefs the hash router gives them, so the browser hydrates the markup without a mismatch.
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createPath, Router, type Navigator } from 'react-router';
import { lectures } from '../lib/content/lectures';
import { AppTree } from './app';
import { preloadScreen } from './screen-loaders';

const noNavigation = () => {
  throw new Error('A prerendered screen cannot navigate.');
};

const hashHrefs: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: noNavigation,
  push: noNavigation,
  replace: noNavigation,
};

/** The router paths that get a prerendered screen besides the home. */
export function staticScreenPaths(): string[] {
  const ids = lectures.map((lecture) => lecture.frontmatter.id);
  return [...ids.map((id) => `/lectures/${id}`), '/cases', ...ids.map((id) => `/present/${id}/1`)];
}

/**
 * The screen at `path` (a router path such as "/cases"). Its code and content are loaded first, so
 * it renders whole, as the app's first render does when they have been preloaded (main.tsx).
 */
export async function renderScreenMarkup(path: string): Promise<string> {
  await preloadScreen(`#${path}`);
  // Any error is the build's: a screen that renders its error or loading state is no first screen.
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <Router location={path} navigator={hashHrefs} static>
        <AppTree />
      </Router>
    </StrictMode>,
    // One piece: by default React moves a large finished boundary (a lecture body) to the end,
    // with an inline script to move it back, which neither the CSP nor the entry would run.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let markup = '';
  for await (const chunk of prelude) markup += String(chunk);
  if (errors.length) throw new AggregateError(errors, `Prerendering ${path} failed: ${String(errors[0])}`);
  return markup;
}
