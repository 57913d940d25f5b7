// The app itself, started by main.tsx (see there for when).
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { shouldHydrate } from './app/first-screen';
import { watchForMissedNavigation } from './app/missed-navigation';
import { isDeckWindow, startLmsSession } from './features/progress/lms/lms-session';
import { followOtherTabs } from './store/app-store';

export function startApp(): Promise<void> {
  followOtherTabs();
  // Inside an LMS the store first moves to the learner's key: nothing renders before, so no screen
  // shows, or saves into, another learner's progress. Not from the projector/console windows: they
  // are opened by the course window, which already holds the LMS session.
  const lms = isDeckWindow(window.location.hash) ? Promise.resolve(null) : startLmsSession();
  return lms.then(render);
}

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The prerendered home (index.html) is kept and made live when it is what the app shows; any other
  // first screen replaces it (it stays hidden by CSS until then). In a transition, React works in
  // slices and lets the browser respond between them, rather than in one long task (a whole lecture
  // is hundreds of elements).
  const hashAtStart = window.location.hash;
  watchForMissedNavigation();
  startTransition(() => {
    if (!shouldHydrate(root)) {
      createRoot(root).render(app);
      return;
    }
    hydrateRoot(root, app, {
      // A learner who follows a link of the prerendered home while React is still taking it over
      // makes the markup stale: React then renders the new screen afresh, which is right, and
      // reports the mismatch. Only that case is expected; anything else is reported as usual.
      onRecoverableError: (error) => {
        if (window.location.hash !== hashAtStart) return;
        reportError(error);
      },
    });
  });
}
