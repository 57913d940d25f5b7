import { describe, expect, it } from 'vitest';
import { correctAnswer, grade } from '../../src/lib/quiz/grading';
import type {
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  RewriteQuestion,
} from '../../src/lib/quiz/types';
import { rolePlay, sampleCase } from './quiz-fixtures';

const section = { slide: 1, heading: 'x' };
const base = { prompt: 'p', explanation: 'e', section };
const single = sampleCase.questions[0];
const multiple: MultipleChoiceQuestion = {
  ...base,
  id: 'm',
  kind: 'multiple',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
  correct: ['a', 'c'],
};
const ordering: OrderingQuestion = {
  ...base,
  id: 'o',
  kind: 'ordering',
  items: ['1', '2', '3', '4'].map((id) => ({ id, text: id })),
};
const matching: MatchingQuestion = {
  ...base,
  id: 'x',
  kind: 'matching',
  pairs: [
    { id: 'p1', left: '希望了解问题', right: '理性' },
    { id: 'p2', left: '希望得到尊重', right: '感性' },
    { id: 'p3', left: '希望得到补偿', right: '理性' },
  ],
};
const rewrite: RewriteQuestion = {
  ...base,
  id: 'r',
  kind: 'rewrite',
  forbidden: '你爱找谁就找谁',
  choices: [
    { id: 'a', text: '这事我负责跟进到底', correct: true },
    { id: 'b', text: '你找谁都没用' },
  ],
  mustInclude: [{ label: '包含承担责任', anyOf: ['我来', '我负责'] }],
  mustNotInclude: [{ label: '不把客户推走', anyOf: ['找谁'] }],
  modelAnswer: '请您放心，这件事由我负责跟进。',
};

describe('grading', () => {
  it('single choice: right or wrong', () => {
    expect(grade(single, { kind: 'single', optionId: 'b' })).toEqual({ correct: true, score: 1 });
    expect(grade(single, { kind: 'single', optionId: 'a' })).toEqual({ correct: false, score: 0 });
  });

  it('multiple choice: full marks only for exactly the right set; wrong picks cancel right ones', () => {
    expect(grade(multiple, { kind: 'multiple', optionIds: ['c', 'a'] })).toEqual({ correct: true, score: 1 });
    expect(grade(multiple, { kind: 'multiple', optionIds: ['a'] })).toEqual({ correct: false, score: 0.5 });
    expect(grade(multiple, { kind: 'multiple', optionIds: ['a', 'b'] })).toEqual({ correct: false, score: 0 });
    expect(grade(multiple, { kind: 'multiple', optionIds: ['a', 'b', 'c', 'd'] }).correct).toBe(false);
  });

  it('true/false', () => {
    const tf = sampleCase.questions[1];
    expect(grade(tf, { kind: 'truefalse', value: false }).correct).toBe(true);
    expect(grade(tf, { kind: 'truefalse', value: true }).correct).toBe(false);
  });

  it('ordering: share of items in the right place', () => {
    expect(grade(ordering, { kind: 'ordering', itemIds: ['1', '2', '3', '4'] })).toEqual({ correct: true, score: 1 });
    expect(grade(ordering, { kind: 'ordering', itemIds: ['1', '2', '4', '3'] })).toEqual({
      correct: false,
      score: 0.5,
    });
  });

  it('matching: share of pairs matched, with repeated right-hand categories', () => {
    const all = { p1: '理性', p2: '感性', p3: '理性' };
    expect(grade(matching, { kind: 'matching', matches: all })).toEqual({ correct: true, score: 1 });
    expect(grade(matching, { kind: 'matching', matches: { ...all, p3: '感性' } }).score).toBeCloseTo(2 / 3);
  });

  it('rewrite: a picked choice, or a written answer checked by the rules', () => {
    expect(grade(rewrite, { kind: 'rewrite', answer: { mode: 'choice', choiceId: 'a' } }).correct).toBe(true);
    expect(grade(rewrite, { kind: 'rewrite', answer: { mode: 'choice', choiceId: 'b' } }).correct).toBe(false);
    expect(grade(rewrite, { kind: 'rewrite', answer: { mode: 'written', text: '这件事我负责处理好' } }).correct).toBe(
      true,
    );
    expect(grade(rewrite, { kind: 'rewrite', answer: { mode: 'written', text: '我负责，你找谁都行' } })).toEqual({
      correct: false,
      score: 0,
    });
  });

  it('role-play: the ending reached by the saved path decides the score', () => {
    const good = grade(rolePlay, { kind: 'roleplay', answer: { path: ['listen', 'check'], endingId: 'resolved' } });
    expect(good).toEqual({ correct: true, score: 0.9 });
    const bad = grade(rolePlay, { kind: 'roleplay', answer: { path: ['deny'], endingId: 'lost' } });
    expect(bad).toEqual({ correct: false, score: 0 });
    // A forged ending that the path does not lead to earns nothing.
    expect(grade(rolePlay, { kind: 'roleplay', answer: { path: ['deny'], endingId: 'resolved' } }).score).toBe(0);
  });

  it('an answer of the wrong kind is wrong', () => {
    expect(grade(single, { kind: 'truefalse', value: true }).correct).toBe(false);
  });

  it('gives the model answer for "show answer", and it grades as right', () => {
    for (const q of [single, multiple, ordering, matching, rewrite]) {
      const answer = correctAnswer(q)!;
      expect(grade(q, answer).correct, q.id).toBe(true);
    }
  });
});
