import { describe, expect, it } from 'vitest';
import { formatClock, pace } from '../../src/features/presenter/pace';

describe('pace against the planned duration', () => {
  it('expects the first slide at the start and the last at the planned end', () => {
    expect(pace(0, 100, 1, 41).expectedSlide).toBe(1);
    expect(pace(100 * 60_000, 100, 41, 41)).toEqual({ expectedSlide: 41, status: 'on-track' });
  });

  it('is on track within a little slack, else ahead or behind', () => {
    const half = 50 * 60_000;
    expect(pace(half, 100, 21, 41).status).toBe('on-track');
    expect(pace(half, 100, 22, 41).status).toBe('on-track');
    expect(pace(half, 100, 30, 41).status).toBe('ahead');
    expect(pace(half, 100, 10, 41).status).toBe('behind');
  });

  it('formats elapsed time', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(61_000)).toBe('01:01');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});
