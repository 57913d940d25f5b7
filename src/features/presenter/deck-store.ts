// The deck store, synced between windows over BroadcastChannel (as Slidev's syncState does).
// Each change made here is broadcast once; a change received from another window is applied
// without re-broadcasting, so two windows never echo each other. A window that opens asks the
// others for the current state, so a second audience window joins at the current slide.
import { create } from 'zustand';
import { parseDeckMessage } from './deck-message';
import { type DeckState, initialDeckState, timerRemaining } from './deck-state';

const CHANNEL_NAME = 'complaint-course:deck';
const windowId = Math.random().toString(36).slice(2);

type Message = { kind: 'state'; from: string; state: DeckState; at: number } | { kind: 'hello'; from: string };

interface DeckStore extends DeckState {
  /** When this state was last changed (by any window); older remote states are ignored. */
  changedAt: number;
  /** Set when this window has not yet heard from or changed anything (a newcomer). */
  fresh: boolean;
  update: (change: Partial<DeckState>) => void;
}

let channel: BroadcastChannel | null = null;

function post(message: Message) {
  channel?.postMessage(message);
}

function snapshot(state: DeckStore): DeckState {
  const { lectureId, slide, step, blackout, revealedAnswers, overlay, timer, pick } = state;
  return { lectureId, slide, step, blackout, revealedAnswers, overlay, timer, pick };
}

export const useDeck = create<DeckStore>((set, get) => ({
  ...initialDeckState,
  changedAt: 0,
  fresh: true,
  update: (change) => {
    const at = Math.max(Date.now(), get().changedAt + 1);
    set({ ...change, changedAt: at, fresh: false });
    post({ kind: 'state', from: windowId, state: snapshot(get()), at });
  },
}));

/**
 * Takes 时间到 and a random pick off the projector: on the next slide or key, in any deck window.
 * A running or paused timer stays where the instructor put it.
 */
export function dismissTimeUp(): void {
  const { overlay, timer, update } = useDeck.getState();
  const timeUp = overlay === 'timer' && timer !== null && timerRemaining(timer, Date.now()) <= 0;
  if (timeUp || overlay === 'pick') update({ overlay: 'none' });
}

/** Opens the channel (once per window). Returns false where BroadcastChannel is missing. */
export function connectDeck(): boolean {
  if (channel) return true;
  if (typeof BroadcastChannel === 'undefined') return false;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parseDeckMessage(event.data);
    if (!message || message.from === windowId) return;
    if (message.kind === 'hello') {
      const current = useDeck.getState();
      if (!current.fresh) post({ kind: 'state', from: windowId, state: snapshot(current), at: current.changedAt });
      return;
    }
    // Apply without broadcasting: this is what stops echo loops.
    if (message.at > useDeck.getState().changedAt)
      useDeck.setState({ ...message.state, changedAt: message.at, fresh: false });
  };
  post({ kind: 'hello', from: windowId });
  return true;
}

/** For tests: close the channel and reset the state. */
export function disconnectDeck() {
  channel?.close();
  channel = null;
  useDeck.setState({ ...initialDeckState, changedAt: 0, fresh: true });
}
