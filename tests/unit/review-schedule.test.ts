import { describe, expect, it } from 'vitest';
import { dueCount, LAST_BOX, scheduleAfterAnswer } from '../../src/lib/quiz/review-schedule';

const DAY = 86_400_000;

describe('review schedule (Leitner box)', () => {
  it('puts a wrong answer in box 1, due at once', () => {
    expect(scheduleAfterAnswer(undefined, false, 'bank', 100)).toEqual({
      box: 1,
      due: 100,
      lastWrong: true,
      wrongCount: 1,
      firstWrongAt: 100,
    });
  });

  it('ignores a right answer to a question never missed', () => {
    expect(scheduleAfterAnswer(undefined, true, 'bank', 100)).toBeUndefined();
  });

  it('moves up a box with growing intervals on each right review, then retires it', () => {
    let entry = scheduleAfterAnswer(undefined, false, 'bank', 0);
    const dues: number[] = [];
    let now = 0;
    while (entry) {
      entry = scheduleAfterAnswer(entry, true, 'review', now);
      if (entry) {
        dues.push((entry.due - now) / DAY);
        now = entry.due;
      }
    }
    expect(dues).toEqual([1, 3, 7, 14]);
    expect(LAST_BOX).toBe(5);
  });

  it('sends a question back to box 1 when missed again, counting the misses', () => {
    const first = scheduleAfterAnswer(undefined, false, 'bank', 0)!;
    const up = scheduleAfterAnswer(first, true, 'review', 10)!;
    const again = scheduleAfterAnswer(up, false, 'exam', 20)!;
    expect(again).toMatchObject({ box: 1, due: 20, wrongCount: 2, firstWrongAt: 0, lastWrong: true });
  });

  it('clears the redo flag when redone right outside review too', () => {
    const wrong = scheduleAfterAnswer(undefined, false, 'bank', 0)!;
    const right = scheduleAfterAnswer(wrong, true, 'bank', 5)!;
    expect(right.lastWrong).toBe(false);
    expect(right.box).toBe(2);
  });

  it('counts what is due', () => {
    const a = scheduleAfterAnswer(undefined, false, 'bank', 0)!;
    const b = scheduleAfterAnswer(a, true, 'review', 0)!;
    expect(dueCount({ a, b }, 1)).toBe(1);
    expect(dueCount({ a, b }, DAY)).toBe(2);
  });
});
