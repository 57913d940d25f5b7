// The head script that decides, before the first paint, whether the prerendered home or another
// prerendered screen is the right first screen, and starts downloading what comes first.
import {
  applyFirstScreenHint,
  FIRST_SCREEN_ATTRIBUTE,
  firstScreenHintScript,
  PRERENDERED_ATTRIBUTE,
  routePath,
  shouldHydrate,
  staticScreenFile,
} from '../../src/app/first-screen';

const KEY = 'course:progress';
const APP_FILES = ['./assets/boot-1.js', './assets/framework-2.js'];
const STATIC = { '/lectures/understanding': './first-screens/lectures-understanding.html' };

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
    applyFirstScreenHint(KEY, APP_FILES, STATIC, document, hash);
    expect(firstScreen()).toBe('home');
    expect(preloads()).toEqual([]);
  });

  it('a returning learner gets the live home (it shows where they stopped) and the app code at once', () => {
    localStorage.setItem(KEY, '{"state":{}}');
    applyFirstScreenHint(KEY, APP_FILES, STATIC, document, '#/');
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
  });

  it('an address with a query (a filtered list) is not the prerendered screen: the app renders it', () => {
    const withCases = { ...STATIC, '/cases': './first-screens/cases.html' };
    applyFirstScreenHint(KEY, APP_FILES, withCases, document, '#/cases?lecture=techniques&status=new');
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
  });

  it('a deep link hides the prerendered home and preloads the app code', () => {
    applyFirstScreenHint(KEY, APP_FILES, STATIC, document, '#/lectures/understanding/3');
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
    const link = document.head.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!;
    // Module scripts are fetched in CORS mode: the preload must match or it is fetched twice.
    expect(link.crossOrigin).toBe('');
  });

  it('a first visit to a prerendered screen fetches its file first and the app code after it', () => {
    applyFirstScreenHint(KEY, APP_FILES, STATIC, document, '#/lectures/understanding');
    expect(firstScreen()).toBe('static');
    expect(preloads()).toEqual([]);
    const link = document.head.querySelector<HTMLLinkElement>('link[rel="preload"]')!;
    expect(link.getAttribute('href')).toBe('./first-screens/lectures-understanding.html');
    expect(link.as).toBe('fetch');
    // fetch() is a CORS-mode request: the preload must match or the file is fetched twice.
    expect(link.crossOrigin).toBe('');
  });

  it('a returning learner gets their own lecture (where they stopped), not the first-visit screen', () => {
    localStorage.setItem(KEY, '{"state":{}}');
    applyFirstScreenHint(KEY, APP_FILES, STATIC, document, '#/lectures/understanding');
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
    expect(document.head.querySelector('link[rel="preload"]')).toBeNull();
  });

  it('a slide of a lecture is not a prerendered screen', () => {
    applyFirstScreenHint(KEY, APP_FILES, STATIC, document, '#/lectures/understanding/7');
    expect(firstScreen()).toBe('app');
  });

  it.each(['#/present/understanding/1', '#/presenter/techniques', '#/print/toolbox'])(
    'the projector, console and print screens (%s) show none of the site around them',
    (hash) => {
      applyFirstScreenHint(KEY, APP_FILES, STATIC, document, hash);
      expect(firstScreen()).toBe('deck');
    },
  );

  it('unavailable storage counts as a first visit', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    applyFirstScreenHint(KEY, APP_FILES, STATIC, document, '');
    expect(firstScreen()).toBe('home');
    getItem.mockRestore();
  });

  it('the built script is self-contained: run on its own it does the same', () => {
    localStorage.setItem(KEY, 'saved');
    window.location.hash = '#/';
    new Function(firstScreenHintScript(KEY, APP_FILES, STATIC))();
    expect(firstScreen()).toBe('app');
    expect(preloads()).toEqual(APP_FILES);
    localStorage.clear();
    window.location.hash = '#/lectures/understanding';
    new Function(firstScreenHintScript(KEY, APP_FILES, STATIC))();
    expect(firstScreen()).toBe('static');
    window.location.hash = '';
  });

  it('names each prerendered screen file after its path', () => {
    expect(staticScreenFile('/lectures/understanding')).toBe('./first-screens/lectures-understanding.html');
    expect(staticScreenFile('/present/toolbox/1')).toBe('./first-screens/present-toolbox-1.html');
    expect(routePath('')).toBe('/');
    expect(routePath('#/cases?lecture=techniques')).toBe('/cases');
  });
});

describe('shouldHydrate', () => {
  const root = (path = '/') => {
    const element = document.createElement('div');
    element.setAttribute(PRERENDERED_ATTRIBUTE, path);
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

  it('hydrates a prerendered screen put in place for the address it is at, and nothing else', () => {
    window.location.hash = '#/cases';
    document.documentElement.setAttribute(FIRST_SCREEN_ATTRIBUTE, 'static');
    expect(shouldHydrate(root('/cases'))).toBe(true);
    // The file never came: the root still holds the (hidden) home.
    expect(shouldHydrate(root('/'))).toBe(false);
    // The reader followed a link meanwhile.
    window.location.hash = '#/review';
    expect(shouldHydrate(root('/cases'))).toBe(false);
    window.location.hash = '';
  });
});
