import { describe, expect, it } from 'vitest';
import { newTimer, pauseTimer, startTimer, timerRemaining } from '../../src/features/presenter/deck-state';
import {
  formatClock,
  formatDuration,
  parseMinutes,
  timerPhase,
} from '../../src/features/presenter/classroom/timer-model';
import { parseMax, pickIndex } from '../../src/features/presenter/classroom/random-pick-model';

describe('activity timer helpers', () => {
  const t0 = 1_000_000;

  it('runs, pauses, resumes and ends', () => {
    const timer = newTimer('头脑风暴', 60_000);
    expect(timerPhase(timer, t0)).toBe('idle');
    const running = startTimer(timer, t0);
    expect(timerRemaining(running, t0 + 20_000)).toBe(40_000);
    expect(timerPhase(running, t0 + 20_000)).toBe('running');
    const paused = pauseTimer(running, t0 + 20_000);
    expect(timerRemaining(paused, t0 + 99_000)).toBe(40_000);
    expect(timerPhase(paused, t0 + 99_000)).toBe('paused');
    const resumed = startTimer(paused, t0 + 100_000);
    expect(timerRemaining(resumed, t0 + 139_999)).toBe(1);
    expect(timerRemaining(resumed, t0 + 200_000)).toBe(0);
    expect(timerPhase(resumed, t0 + 140_000)).toBe('done');
  });

  it('starts a finished timer again from its full length', () => {
    const ended = startTimer(newTimer('x', 60_000), t0);
    const again = startTimer(ended, t0 + 61_000);
    expect(timerRemaining(again, t0 + 61_000)).toBe(60_000);
  });

  it.each([
    [60_000, '01:00'],
    [59_001, '01:00'],
    [59_000, '00:59'],
    [999, '00:01'],
    [0, '00:00'],
    [-5, '00:00'],
    [600_000, '10:00'],
    [90 * 60_000, '90:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('says durations in words', () => {
    expect(formatDuration(60_000)).toBe('1 分钟');
    expect(formatDuration(90_000)).toBe('1 分 30 秒');
    expect(formatDuration(45_000)).toBe('45 秒');
  });

  it('reads the minutes typed for a custom timer', () => {
    expect(parseMinutes('5')).toBe(300_000);
    expect(parseMinutes(' 1.5 ')).toBe(90_000);
    expect(parseMinutes('180')).toBe(180 * 60_000);
    for (const bad of ['', '0', '-1', '181', 'abc', '1e3', '0.001']) expect(parseMinutes(bad)).toBeNull();
  });
});

describe('random pick helpers', () => {
  it('never picks the previous result when another is possible', () => {
    for (const r of [0, 0.25, 0.5, 0.75, 0.9999]) {
      for (let previous = 0; previous < 4; previous++) {
        const i = pickIndex(4, previous, () => r);
        expect(i).not.toBe(previous);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(4);
      }
    }
  });

  it('reaches every other result', () => {
    const seen = new Set([0, 0.34, 0.67].map((r) => pickIndex(4, 1, () => r)));
    expect([...seen].sort()).toEqual([0, 2, 3]);
  });

  it('can only repeat when there is one choice', () => {
    expect(pickIndex(1, 0, () => 0.5)).toBe(0);
    expect(pickIndex(2, 0, () => 0.99)).toBe(1);
    expect(pickIndex(2, 1, () => 0)).toBe(0);
    expect(pickIndex(3, null, () => 0.99)).toBe(2);
  });

  it('reads N for numbers 1 to N', () => {
    expect(parseMax('30')).toBe(30);
    for (const bad of ['0', '', '2.5', '1000', 'x']) expect(parseMax(bad)).toBeNull();
  });
});
