import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/quiz/types';
import {
  absoluteWordGap,
  hasAbsoluteWord,
  keyIsUniquelyLongest,
  keysArePrefix,
  longestKeyShare,
  prefixKeyShare,
} from '../content/cue-metrics';

const base = { prompt: 'p', explanation: 'e', section: { slide: 1, heading: 'h' } };
const options = (...texts: string[]) => texts.map((text, i) => ({ id: 'abcdefg'[i], text }));

describe('cue metrics', () => {
  it('a key counts as longest only when no other option is as long (spaces ignored)', () => {
    expect(keyIsUniquelyLongest(options('短', '长一些的', '中等'), 'b')).toBe(true);
    expect(keyIsUniquelyLongest(options('一样长', '一样长'), 'a')).toBe(false);
    expect(keyIsUniquelyLongest(options('a b c', 'abcd'), 'a')).toBe(false);
  });

  it('keys are a prefix when they are exactly the first options as written, in any order', () => {
    expect(keysArePrefix(options('1', '2', '3', '4'), ['b', 'a'])).toBe(true);
    expect(keysArePrefix(options('1', '2', '3', '4'), ['a', 'c'])).toBe(false);
  });

  it('shares over a bank: single and rewrite-choice for length, multiple choice for position', () => {
    const bank: Question[] = [
      { ...base, id: 's1', kind: 'single', options: options('短', '最长的一个选项'), correct: 'b' },
      { ...base, id: 's2', kind: 'single', options: options('最长的一个选项', '短'), correct: 'b' },
      {
        ...base,
        id: 'r1',
        kind: 'rewrite',
        forbidden: 'x',
        choices: [
          { id: 'a', text: '短' },
          { id: 'b', text: '长长长长', correct: true },
        ],
        mustInclude: [],
        mustNotInclude: [],
        modelAnswer: 'm',
      },
      { ...base, id: 'm1', kind: 'multiple', options: options('1', '2', '3'), correct: ['a', 'b'] },
      { ...base, id: 'm2', kind: 'multiple', options: options('1', '2', '3'), correct: ['b', 'c'] },
    ];
    expect(longestKeyShare(bank)).toEqual({ count: 2, total: 3, percent: 66.7 });
    expect(prefixKeyShare(bank)).toEqual({ count: 1, total: 2, percent: 50 });
  });

  it('the absolute-word gap is the false statements’ share minus the true ones’, in points', () => {
    expect(hasAbsoluteWord('只要客户投诉就一定要赔偿')).toBe(true);
    expect(hasAbsoluteWord('客户投诉时先倾听')).toBe(false);
    const tf = (id: string, statement: string, correct: boolean): Question => ({
      ...base,
      id,
      kind: 'truefalse',
      statement,
      correct,
    });
    const gap = absoluteWordGap([
      tf('f1', '所有投诉都要上报', false),
      tf('f2', '必须当场赔偿', false),
      tf('f3', '先核实再答复', false),
      tf('f4', '投诉是坏事', false),
      tf('t1', '先处理心情', true),
      tf('t2', '一定要核实事实', true),
    ]);
    expect(gap.falseWithWord.percent).toBe(50);
    expect(gap.trueWithWord.percent).toBe(50);
    expect(gap.gap).toBe(0);
  });
});
