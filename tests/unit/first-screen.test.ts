// The head script that decides, before the first paint, whether the prerendered home is the right
// first screen, and starts the app's code downloading when it is not.
import {
  applyFirstScreenHint,
  FIRST_SCREEN_ATTRIBUTE,
  firstScreenHintScript,
  PRERENDERED_ATTRIBUTE,
  shouldHydrate,
} from '../../src/app/first-screen';

const KEY = 'course:progress';
const APP_FILES = ['./assets/boot-1.js', './assets/framework-2.js'];

const firstScreen = () => document.documentElement.getAttribute(FIRST_SCREEN_ATTRIBUTE);
const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

beforeEach(() => {
  localStorage.clear();
  document.head.querySelectorAll('link').forEach((link) => link.remove());
  document.documentElement.removeAttribute(FIRST_SCREEN_ATTRIBUTE);
});

describe('applyFirstScreenHint', () => {
  it.each(['', '#', '#/'])('a first visit to home (%j) keeps the prerendered home and preloads nothing', (hash) => {
    applyFirstScreenHint(KEY, APP_FILES, document, hash);
    expect(firstScreen()).toBe('home');
    expect(preloads()).toEqual([]);
  });

  it('a returning learner gets the live home (it shows where they stopped) and the app code at once', () => {
    localStorage.setItem(KEY, '{"state":{}}');
    applyFirstScreenHint(KEY, APP_FILES, document, '#/');
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
  });

  it('a deep link hides the prerendered home and preloads the app code', () => {
    applyFirstScreenHint(KEY, APP_FILES, document, '#/lectures/understanding/3');
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
    const link = document.head.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!;
    // Module scripts are fetched in CORS mode: the preload must match or it is fetched twice.
    expect(link.crossOrigin).toBe('');
  });

  it.each(['#/present/understanding/1', '#/presenter/techniques', '#/print/toolbox'])(
    'the projector, console and print screens (%s) show none of the site around them',
    (hash) => {
      applyFirstScreenHint(KEY, APP_FILES, document, hash);
      expect(firstScreen()).toBe('deck');
    },
  );

  it('unavailable storage counts as a first visit', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    applyFirstScreenHint(KEY, APP_FILES, document, '');
    expect(firstScreen()).toBe('home');
    getItem.mockRestore();
  });

  it('the built script is self-contained: run on its own it does the same', () => {
    localStorage.setItem(KEY, 'saved');
    window.location.hash = '#/';
    new Function(firstScreenHintScript(KEY, APP_FILES))();
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
    window.location.hash = '';
  });
});

describe('shouldHydrate', () => {
  const root = () => {
    const element = document.createElement('div');
    element.setAttribute(PRERENDERED_ATTRIBUTE, '');
    return element;
  };

  it('hydrates only a prerendered home that the head script showed, on the home route', () => {
    window.location.hash = '';
    document.documentElement.setAttribute(FIRST_SCREEN_ATTRIBUTE, 'home');
    expect(shouldHydrate(root())).toBe(true);
    expect(shouldHydrate(document.createElement('div'))).toBe(false);
    document.documentElement.setAttribute(FIRST_SCREEN_ATTRIBUTE, 'app');
    expect(shouldHydrate(root())).toBe(false);
  });

  it('renders afresh when the address changed since the head script ran', () => {
    document.documentElement.setAttribute(FIRST_SCREEN_ATTRIBUTE, 'home');
    window.location.hash = '#/cases';
    expect(shouldHydrate(root())).toBe(false);
    window.location.hash = '';
  });
});
