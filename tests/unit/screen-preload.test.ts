// A deep link starts loading its screen and content beside the app, so both are there when React
// renders (no loading message, no waiting in turn).
import { preloadScreen, screenLoaders } from '../../src/app/screen-loaders';
import { bodyFileForId, bodySource } from '../../src/lib/content/lecture-body-loaders';

type Tracked = Promise<unknown> & { status?: string };
const status = (promise: Promise<unknown>) => (promise as Tracked).status;

it('home preloads nothing', async () => {
  await preloadScreen('#/');
  expect(status(screenLoaders.handbook.load())).toBe('pending');
});

it('a lecture link loads the reading screen and that lecture, and only that lecture', async () => {
  await preloadScreen('#/lectures/techniques/4');
  expect(status(screenLoaders.lecture.load())).toBe('fulfilled');
  expect(status(bodySource(bodyFileForId('techniques')!)!.load())).toBe('fulfilled');
  expect(status(bodySource(bodyFileForId('toolbox')!)!.load())).toBe('pending');
}, 20_000);

it('the projector view loads the deck screens and the lecture', async () => {
  await preloadScreen('#/present/difficult/2');
  expect(status(screenLoaders.decks.load())).toBe('fulfilled');
  expect(status(bodySource(bodyFileForId('difficult')!)!.load())).toBe('fulfilled');
}, 20_000);

it('the case bank loads its screen; an unknown lecture loads no body and does not fail', async () => {
  await preloadScreen('#/cases');
  expect(status(screenLoaders.caseBank.load())).toBe('fulfilled');
  await expect(preloadScreen('#/lectures/no-such-lecture')).resolves.toBeUndefined();
  expect(bodyFileForId('no-such-lecture')).toBeUndefined();
}, 20_000);
