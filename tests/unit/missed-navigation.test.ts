// A link followed while the app starts (before the router listens) is noticed; the router's own
// History-API navigations are not.
import { takeMissedNavigation, watchForMissedNavigation } from '../../src/app/missed-navigation';

it('notices a hash change made while watching, once, and then stops watching', () => {
  watchForMissedNavigation();
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(takeMissedNavigation()).toBe(true);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(takeMissedNavigation()).toBe(false);
});

it('sees nothing when the address did not change, or changed through the History API', () => {
  watchForMissedNavigation();
  history.replaceState(null, '', '#/cases');
  expect(takeMissedNavigation()).toBe(false);
  history.replaceState(null, '', '#/');
});
