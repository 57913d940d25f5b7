// Malformed deck channel messages are ignored (reliability review F6, F7).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDeckMessage } from '../../src/features/presenter/deck-message';
import { initialDeckState } from '../../src/features/presenter/deck-state';

const state = { ...initialDeckState, lectureId: 'understanding', slide: 3 };
const message = (extra: Record<string, unknown> = {}, stateExtra: Record<string, unknown> = {}) => ({
  kind: 'state',
  from: 'x',
  at: Date.now(),
  state: { ...state, ...stateExtra },
  ...extra,
});

describe('deck channel messages', () => {
  it('accepts a well-formed state and hello', () => {
    expect(parseDeckMessage(message())).toMatchObject({ kind: 'state', state: { slide: 3 } });
    expect(parseDeckMessage({ kind: 'hello', from: 'y' })).toEqual({ kind: 'hello', from: 'y' });
    const timer = { label: '讨论', durationMs: 60_000, endsAt: null, remainingMs: 60_000 };
    expect(parseDeckMessage(message({}, { overlay: 'timer', timer }))).not.toBeNull();
  });

  it.each([
    [
      'F6: a timer label that is an object',
      message(
        {},
        { overlay: 'timer', timer: { label: { evil: 1 }, durationMs: 1000, endsAt: null, remainingMs: 1000 } },
      ),
    ],
    ['F7: at Infinity', message({ at: Infinity })],
    ['an at far ahead of now', message({ at: Date.now() + 3_600_000 })],
    ['a slide of "abc"', message({}, { slide: 'abc' })],
    ['a negative step', message({}, { step: -1 })],
    ['revealed answers that are not a list', message({}, { revealedAnswers: 5 })],
    ['a lecture id __proto__', message({}, { lectureId: '__proto__' })],
    ['blackout "yes"', message({}, { blackout: 'yes' })],
    ['state null', message({ state: null })],
    ['an unknown kind', { kind: 'boom', from: 'x' }],
    ['null', null],
  ])('ignores %s', (_name, data) => {
    expect(parseDeckMessage(data)).toBeNull();
  });
});

describe('a deck window receiving malformed messages', () => {
  afterEach(async () => (await import('../../src/features/presenter/deck-store')).disconnectDeck());

  it('F6/F7: keeps its state and still follows the next good message', async () => {
    vi.resetModules();
    const deck = await import('../../src/features/presenter/deck-store');
    deck.connectDeck();
    const sender = new BroadcastChannel('complaint-course:deck');
    const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
    sender.postMessage(message({ at: Infinity }));
    sender.postMessage(
      message({}, { overlay: 'timer', timer: { label: { evil: 1 }, durationMs: 1, endsAt: null, remainingMs: 1 } }),
    );
    await settle();
    expect(deck.useDeck.getState()).toMatchObject({ slide: 1, timer: null });
    expect(Number.isFinite(deck.useDeck.getState().changedAt)).toBe(true);
    sender.postMessage(message({}, { slide: 9 }));
    await settle();
    expect(deck.useDeck.getState().slide).toBe(9);
    sender.close();
  });
});
