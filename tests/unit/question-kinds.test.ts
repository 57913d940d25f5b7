import { describe, expect, it } from 'vitest';
import { endingVerdict } from '../../src/lib/quiz/roleplay';
import { answerLines, draftProblem, kindLabel, responseText } from '../../src/lib/quiz/question-kinds';
import type { MatchingQuestion, MultipleChoiceQuestion, OrderingQuestion } from '../../src/lib/quiz/types';
import { rolePlay, sampleCase } from './quiz-fixtures';

const base = { prompt: 'p', explanation: 'e', section: { slide: 1, heading: 'h' } };
const [single, truefalse] = sampleCase.questions;
const multiple: MultipleChoiceQuestion = {
  ...base,
  id: 'm',
  kind: 'multiple',
  options: [
    { id: 'a', text: '倾听' },
    { id: 'b', text: '争辩' },
    { id: 'c', text: '核实' },
  ],
  correct: ['a', 'c'],
};
const ordering: OrderingQuestion = {
  ...base,
  id: 'o',
  kind: 'ordering',
  items: [
    { id: 's1', text: '倾听' },
    { id: 's2', text: '核实' },
  ],
};
const matching: MatchingQuestion = {
  ...base,
  id: 'x',
  kind: 'matching',
  pairs: [
    { id: 'p1', left: '了解问题', right: '理性' },
    { id: 'p2', left: '得到尊重', right: '感性' },
  ],
};

describe('question-kind registry', () => {
  it('labels every kind', () => {
    const kinds = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'rewrite', 'roleplay'] as const;
    expect(kinds.map((kind) => kindLabel(kind))).toEqual([
      '单选题',
      '多选题',
      '判断题',
      '排序题',
      '配对题',
      '改写题',
      '情景演练',
    ]);
  });

  it('gives the learner’s response and the correct response as text (what the LMS reports)', () => {
    expect(responseText(single, { kind: 'single', optionId: 'a' })).toBe('甲');
    expect(answerLines(single)).toEqual(['乙']);
    expect(responseText(truefalse, { kind: 'truefalse', value: true })).toBe('正确');
    expect(answerLines(truefalse)).toEqual(['错误']);
    expect(responseText(multiple, { kind: 'multiple', optionIds: ['c', 'b'] })).toBe('争辩；核实');
    expect(answerLines(multiple)).toEqual(['倾听', '核实']);
    expect(responseText(ordering, { kind: 'ordering', itemIds: ['s2', 's1'] })).toBe('1. 核实；2. 倾听');
    expect(responseText(matching, { kind: 'matching', matches: { p1: '感性' } })).toBe(
      '了解问题 → 感性；得到尊重 → （未配对）',
    );
    expect(responseText(rolePlay, { kind: 'roleplay', answer: { path: ['deny'], endingId: 'lost' } })).toBe(
      '结局：流失（0 分）',
    );
    // An answer of another kind has no text.
    expect(responseText(single, { kind: 'truefalse', value: true })).toBe('');
  });

  it('says what is missing before a draft can be submitted', () => {
    expect(draftProblem(truefalse, null)).toBe('请先判断“正确”或“错误”。');
    expect(draftProblem(single, { kind: 'single', optionId: '' })).toBe('请先选择一个选项。');
    expect(draftProblem(multiple, { kind: 'multiple', optionIds: [] })).toBe('请至少选择一个选项。');
    expect(draftProblem(matching, { kind: 'matching', matches: { p1: '理性' } })).toBe('还有 1 项没有配对。');
    expect(draftProblem(single, { kind: 'single', optionId: 'b' })).toBeNull();
  });
});

describe('role-play ending label', () => {
  const ending = (score: number) => ({ id: 'e', ending: 'resolved' as const, title: 't', text: 'x', score });

  it('says 圆满解决 only for a passing score with a calm, trusting customer', () => {
    expect(endingVerdict(ending(95), { anger: 0, trust: 100 })).toEqual({ label: '圆满解决', tone: 'right' });
    expect(endingVerdict(ending(70), { anger: 10, trust: 80 }).label).toBe('问题解决，客户仍不满意');
    expect(endingVerdict(ending(95), { anger: 60, trust: 80 }).tone).toBe('partial');
  });

  it('names escalated and lost endings as such', () => {
    expect(endingVerdict({ ...ending(35), ending: 'escalated' }, { anger: 90, trust: 0 }).label).toBe('投诉升级');
    expect(endingVerdict({ ...ending(10), ending: 'lost' }, { anger: 100, trust: 0 }).label).toBe('客户流失');
  });
});
