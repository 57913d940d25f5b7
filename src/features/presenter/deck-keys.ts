// Keyboard commands of the deck (presentation clickers send PageUp/PageDown).

export type DeckCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'go-to-typed' }
  | { type: 'clear-typed' }
  | { type: 'blackout' }
  | { type: 'end-blackout' }
  | { type: 'overview' }
  | { type: 'fullscreen' }
  | { type: 'escape' };

export interface KeyContext {
  blackout: boolean;
  /** Digits typed so far for "number then Enter". */
  typed: string;
}

export function commandForKey(key: string, context: KeyContext): DeckCommand | null {
  // While the screen is black, any key brings the slide back (and does nothing else).
  if (context.blackout) return { type: 'end-blackout' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  switch (key) {
    case 'Enter':
      return context.typed ? { type: 'go-to-typed' } : { type: 'next' };
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return context.typed && key === 'Backspace' ? { type: 'clear-typed' } : { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blackout' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return null;
  }
}

/** Keys typed into a form field belong to the field, not the deck. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
