// The entry index.html loads: the styles (render-blocking, so the prerendered home paints styled)
// and a small starter. On a first visit to home, or to another prerendered screen, the app (its own
// chunk) starts after that screen is on screen; any other deep link starts it at once, and its
// screen's code and content start loading beside it.
import { afterFirstPaint } from './app/after-first-paint';
import { FIRST_SCREEN_ATTRIBUTE } from './app/first-screen';
import { preloadScreen } from './app/screen-loaders';
import { showStartFailure } from './app/start-failure';
import { showStaticScreen } from './app/static-screen';
import './styles/base.css';
import './styles/layout.css';
import './styles/lecture.css';
import './styles/quiz.css';

// A deep link's screen and content load beside the app; the app starts once both are here, so it
// renders the screen at once instead of a loading message first.
const start = (screenLoaded: Promise<void>) => {
  Promise.all([import('./boot'), screenLoaded])
    .then(([boot]) => boot.startApp())
    .catch(showStartFailure);
};

const firstScreen = document.documentElement.getAttribute(FIRST_SCREEN_ATTRIBUTE);
const hash = window.location.hash;
if (firstScreen === 'home') afterFirstPaint(() => start(Promise.resolve()));
else if (firstScreen === 'static') {
  // The app's code waits until the prerendered screen has painted: on a slow line it would
  // otherwise share the bandwidth with the screen's markup.
  // Without the markup (offline before a first visit finished, say), or once the reader has
  // moved on, the screen comes from the app as on any deep link.
  const startWithoutIt = () => {
    document.documentElement.setAttribute(FIRST_SCREEN_ATTRIBUTE, 'app');
    start(preloadScreen(window.location.hash));
  };
  // A deck's styles come with the deck's code (the home does not carry them): its markup waits for them.
  const stylesReady = /^#\/(present|presenter|print)\//.test(hash) ? preloadScreen(hash) : Promise.resolve();
  stylesReady
    .then(() => showStaticScreen(hash))
    .then(
      (shown) => (shown ? afterFirstPaint(() => start(preloadScreen(window.location.hash))) : startWithoutIt()),
      startWithoutIt,
    );
} else start(preloadScreen(hash));
