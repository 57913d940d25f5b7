import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { useAppStore } from '../../src/store/app-store';

/** Renders the whole app at a hash route, with a fresh store. */
export function renderAppAt(hash: string) {
  useAppStore.setState({ lectures: {}, attempts: [], review: {} });
  window.location.hash = hash;
  return render(<App />);
}
