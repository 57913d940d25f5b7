import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../src/features/presenter/deck-keys';

const idle = { blackout: false, typed: '' };

describe('deck keys', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%s goes to the next slide', (key) => {
    expect(commandForKey(key, idle)).toEqual({ type: 'next' });
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%s goes to the previous slide', (key) => {
    expect(commandForKey(key, idle)).toEqual({ type: 'previous' });
  });

  it('Home/End, B and . (blackout), O (overview), F (fullscreen), Esc', () => {
    expect(commandForKey('Home', idle)).toEqual({ type: 'first' });
    expect(commandForKey('End', idle)).toEqual({ type: 'last' });
    expect(commandForKey('b', idle)).toEqual({ type: 'blackout' });
    expect(commandForKey('.', idle)).toEqual({ type: 'blackout' });
    expect(commandForKey('O', idle)).toEqual({ type: 'overview' });
    expect(commandForKey('f', idle)).toEqual({ type: 'fullscreen' });
    expect(commandForKey('Escape', idle)).toEqual({ type: 'escape' });
    expect(commandForKey('x', idle)).toBeNull();
  });

  it('a number then Enter goes to that slide; Backspace clears the number', () => {
    expect(commandForKey('1', idle)).toEqual({ type: 'digit', digit: '1' });
    expect(commandForKey('Enter', { ...idle, typed: '12' })).toEqual({ type: 'go-to-typed' });
    expect(commandForKey('Backspace', { ...idle, typed: '12' })).toEqual({ type: 'clear-typed' });
  });

  it('any key ends a blackout and does nothing else', () => {
    for (const key of ['ArrowRight', 'x', 'b', 'Enter']) {
      expect(commandForKey(key, { blackout: true, typed: '' })).toEqual({ type: 'end-blackout' });
    }
  });
});
