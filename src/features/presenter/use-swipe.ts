import { useRef } from 'react';
import type { DeckActions } from './use-deck-actions';

const MIN_SWIPE_PX = 50;

/** Swipe left for the next slide, right for the previous one (touch screens). */
export function useSwipe(actions: DeckActions) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart: (event: React.TouchEvent) => {
      const touch = event.touches[0];
      start.current = { x: touch.clientX, y: touch.clientY };
    },
    onTouchEnd: (event: React.TouchEvent) => {
      const from = start.current;
      const touch = event.changedTouches[0];
      start.current = null;
      if (!from || !touch) return;
      const dx = touch.clientX - from.x;
      const dy = touch.clientY - from.y;
      if (Math.abs(dx) < MIN_SWIPE_PX || Math.abs(dx) < Math.abs(dy)) return;
      if (dx < 0) actions.next();
      else actions.previous();
    },
  };
}
