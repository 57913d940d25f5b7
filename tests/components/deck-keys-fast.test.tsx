import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDeck } from '../../src/features/presenter/deck-store';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };
const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const stageLabel = () => document.querySelector('[data-stage="current"]')?.getAttribute('aria-label');
const microtasks = async (n: number) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

// React works here as in a browser (not inside act()), so a router transition can still be pending
// when the next key arrives, as when a presenter taps a key twice.
const reactGlobal = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => (reactGlobal.IS_REACT_ACT_ENVIRONMENT = false));
afterEach(() => (reactGlobal.IS_REACT_ACT_ENVIRONMENT = true));

describe('the projector under quick key presses', () => {
  it.each([0, 1, 2, 4, 8])(
    'a key pressed %i microtasks after the previous one still moves the address',
    async (gap) => {
      renderAppAt('#/present/understanding/3');
      await screen.findByRole('region', { name: /幻灯片第 3 页/ }, slow);
      press('ArrowRight');
      await microtasks(gap);
      press('ArrowLeft');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await waitFor(() => expect(useDeck.getState().slide).toBe(3));
      await waitFor(() => expect(window.location.hash).toBe('#/present/understanding/3'));
      expect(stageLabel()).toBe('幻灯片第 3 页');
    },
  );
});
