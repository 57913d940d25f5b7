import { useEffect, useRef, useState } from 'react';
import { commandForKey, isTypingTarget } from './deck-keys';
import { useDeck } from './deck-store';
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

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      // A focused button or link keeps Enter and Space for itself, except Enter after typed digits.
      const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, summary');
      const goingToTyped = event.key === 'Enter' && typedRef.current !== '';
      if (onControl && (event.key === 'Enter' || event.key === ' ') && !goingToTyped) return;
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
