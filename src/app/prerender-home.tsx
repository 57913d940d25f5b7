// Build time only (see scripts/vite-plugin-prerender-home.ts): the home screen as HTML, as a first
// visitor sees it, for index.html. Links get the same "#/…" hrefs the hash router gives them, so
// the browser hydrates the markup without a mismatch.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createPath, Router, type Navigator } from 'react-router';
import { AppTree } from './app';

const noNavigation = () => {
  throw new Error('The prerendered home cannot navigate.');
};

const hashHrefs: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: noNavigation,
  push: noNavigation,
  replace: noNavigation,
};

export function renderHomeMarkup(): string {
  return renderToString(
    <StrictMode>
      <Router location="/" navigator={hashHrefs} static>
        <AppTree />
      </Router>
    </StrictMode>,
  );
}
