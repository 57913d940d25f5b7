import { useEffect, useLayoutEffect } from 'react';
import { HashRouter, useNavigate } from 'react-router';
import { AppErrorBoundary } from './app-error-boundary';
import { markPrerenderReplaced } from './first-screen';
import { takeMissedNavigation } from './missed-navigation';
import { AppRoutes } from './routes';
import { ServiceWorkerRegistration } from './update-prompt';

/** Catches up with an address change the router missed while it was starting (missed-navigation.ts). */
function FollowAddressBar() {
  const navigate = useNavigate();
  useEffect(() => {
    if (takeMissedNavigation()) void navigate(window.location.hash.replace(/^#/, '') || '/', { replace: true });
  }, [navigate]);
  return null;
}

/** Everything under the router: shared by the browser (hash router) and the build's prerender. */
export function AppTree() {
  // Runs once React's DOM is in place (hydrated or rendered afresh): the CSS that hides a
  // prerendered home on other first screens must not hide what React rendered.
  useLayoutEffect(markPrerenderReplaced, []);
  return (
    <AppErrorBoundary>
      <AppRoutes />
      <FollowAddressBar />
      <ServiceWorkerRegistration />
    </AppErrorBoundary>
  );
}

export function App() {
  return (
    // Hash URLs: the built course works from any static host, sub-path or LMS frame, with no server.
    // The declarative router keeps the first screen small (the data router adds ~15 KB gzip).
    <HashRouter>
      <AppTree />
    </HashRouter>
  );
}
