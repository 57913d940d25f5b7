// The entry index.html loads: the styles (render-blocking, so the prerendered home paints styled)
// and a small starter. On a first visit to home the app (its own chunk) starts after the
// prerendered home is on screen; a deep link starts it at once, and its screen's code and content
// start loading beside it.
import { afterFirstPaint } from './app/after-first-paint';
import { FIRST_SCREEN_ATTRIBUTE } from './app/first-screen';
import { preloadScreen } from './app/screen-loaders';
import { showStartFailure } from './app/start-failure';
import './styles/base.css';
import './styles/layout.css';
import './styles/lecture.css';
import './styles/quiz.css';
import './styles/handbook.css';
import './styles/deck.css';
import './styles/classroom.css';
import './styles/progress.css';

// A deep link's screen and content load beside the app; the app starts once both are here, so it
// renders the screen at once instead of a loading message first.
const start = (screenLoaded: Promise<void>) => {
  Promise.all([import('./boot'), screenLoaded])
    .then(([boot]) => boot.startApp())
    .catch(showStartFailure);
};

if (document.documentElement.getAttribute(FIRST_SCREEN_ATTRIBUTE) === 'home')
  afterFirstPaint(() => start(Promise.resolve()));
else start(preloadScreen(window.location.hash));
