import { afterEach, describe, expect, it, vi } from 'vitest';

// Two "windows" = two fresh copies of the deck store module, talking over a real BroadcastChannel.
async function newWindow() {
  vi.resetModules();
  const mod = await import('../../src/features/presenter/deck-store');
  mod.connectDeck();
  return mod;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('deck sync between windows', () => {
  const opened: Awaited<ReturnType<typeof newWindow>>[] = [];
  afterEach(() => {
    for (const w of opened.splice(0)) w.disconnectDeck();
  });

  it('applies changes in both directions without echoing them back', async () => {
    const presenter = await newWindow();
    const audience = await newWindow();
    opened.push(presenter, audience);
    await settle(); // let the newcomer's hello pass first
    const posted = vi.spyOn(BroadcastChannel.prototype, 'postMessage');

    presenter.useDeck.getState().update({ lectureId: 'understanding', slide: 4 });
    await settle();
    expect(audience.useDeck.getState()).toMatchObject({ lectureId: 'understanding', slide: 4 });

    audience.useDeck.getState().update({ slide: 5, blackout: true });
    await settle();
    expect(presenter.useDeck.getState()).toMatchObject({ slide: 5, blackout: true });
    // One message per change: receiving a change never re-broadcasts it.
    expect(posted).toHaveBeenCalledTimes(2);
    posted.mockRestore();
  });

  it('a window that joins later receives the current state', async () => {
    const presenter = await newWindow();
    opened.push(presenter);
    presenter.useDeck.getState().update({ lectureId: 'toolbox', slide: 7, revealedAnswers: ['q1'] });
    const late = await newWindow();
    opened.push(late);
    await settle();
    expect(late.useDeck.getState()).toMatchObject({ lectureId: 'toolbox', slide: 7, revealedAnswers: ['q1'] });
  });

  it('ignores a stale state that arrives after a newer local change', async () => {
    const a = await newWindow();
    const b = await newWindow();
    opened.push(a, b);
    a.useDeck.getState().update({ slide: 2 });
    b.useDeck.setState({ changedAt: Date.now() + 60_000, slide: 9 });
    await settle();
    expect(b.useDeck.getState().slide).toBe(9);
  });
});
