import { useEffect, useRef, useState } from 'react';
import { commandForKey, isTypingTarget } from './deck-keys';
import { dismissTimeUp, useDeck } from './deck-store';
import type { DeckActions } from './use-deck-actions';

interface Options {
  overviewOpen: boolean;
  setOverviewOpen: (open: boolean) => void;
  /** The overview grid handles its own keys while open. */
  enabled?: boolean;
}

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** The deck's keyboard: returns the digits typed so far (shown while typing a slide number). */
export function useDeckKeys(actions: DeckActions, { overviewOpen, setOverviewOpen, enabled = true }: Options): string {
  const [typed, setTyped] = useState('');
  const typedRef = useRef('');
  const setTypedBoth = (value: string) => {
    typedRef.current = value;
    setTyped(value);
  };

  // The control the pointer last pressed, while it keeps the focus it got from that press.
  const clicked = useRef<Element | null>(null);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      clicked.current = event.target instanceof Element ? event.target.closest('button, a, summary') : null;
    };
    const onFocus = (event: FocusEvent) => {
      if (event.target !== clicked.current) clicked.current = null;
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('focusin', onFocus, true);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('focusin', onFocus, true);
    };
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      // Space and Enter advance the deck, also after a console button was clicked (the button keeps
      // focus, and would otherwise be pressed again). A control reached with the keyboard keeps
      // them: that is how a keyboard user presses it. (:focus-visible cannot tell the two apart
      // here: a key press makes any focused element match it.)
      const control = event.target instanceof HTMLElement ? event.target.closest('button, a, summary') : null;
      const goingToTyped = event.key === 'Enter' && typedRef.current !== '';
      if ((event.key === 'Enter' || event.key === ' ') && control && !goingToTyped) {
        if (control !== clicked.current) return;
        (control as HTMLElement).blur();
      }
      dismissTimeUp();
      if (overviewOpen) {
        if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') {
          event.preventDefault();
          setOverviewOpen(false);
        }
        return;
      }
      const command = commandForKey(event.key, { blackout: useDeck.getState().blackout, typed: typedRef.current });
      if (!command) return;
      event.preventDefault();
      switch (command.type) {
        case 'digit':
          setTypedBoth((typedRef.current + command.digit).slice(0, 3));
          return;
        case 'go-to-typed':
          actions.goTo(Number(typedRef.current));
          break;
        case 'clear-typed':
          break;
        case 'next':
          actions.next();
          break;
        case 'previous':
          actions.previous();
          break;
        case 'first':
          actions.first();
          break;
        case 'last':
          actions.last();
          break;
        case 'blackout':
          actions.toggleBlackout();
          break;
        case 'end-blackout':
          useDeck.getState().update({ blackout: false });
          break;
        case 'overview':
          setOverviewOpen(true);
          break;
        case 'fullscreen':
          toggleFullscreen();
          break;
        case 'escape':
          if (document.fullscreenElement) toggleFullscreen();
          break;
      }
      setTypedBoth('');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, overviewOpen, setOverviewOpen, enabled]);

  return typed;
}
