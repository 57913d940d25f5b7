import { describe, expect, it } from 'vitest';
import { checkRewrite } from '../../src/lib/quiz/rewrite-rules';
import type { RewriteQuestion } from '../../src/lib/quiz/types';
import { loadLectureCases } from '../content/content-helpers';
import { rewriteAnswers } from './rewrite-answers';

const lectures = await loadLectureCases();
const rewrites = lectures
  .flatMap((l) => l.list)
  .flatMap((c) => c.questions)
  .filter((q): q is RewriteQuestion => q.kind === 'rewrite');

describe('free-text rewrite grading, on every rewrite question in the course', () => {
  it('has written answers for every rewrite question', () => {
    expect(rewrites.length).toBeGreaterThan(0);
    expect(rewrites.map((q) => q.id).filter((id) => !rewriteAnswers[id])).toEqual([]);
  });

  describe.each(rewrites.map((q) => [q.id, q] as const))('%s', (_id, question) => {
    const { good, bad } = rewriteAnswers[question.id] ?? { good: [], bad: [] };

    it('passes at least 8 good answers, and the model answer', () => {
      expect(good.length).toBeGreaterThanOrEqual(8);
      const failed = [...good, question.modelAnswer].filter((text) => checkRewrite(question, text).verdict !== 'pass');
      expect(failed).toEqual([]);
    });

    it('passes none of at least 8 bad answers', () => {
      expect(bad.length).toBeGreaterThanOrEqual(8);
      expect(bad.filter((text) => checkRewrite(question, text).passed)).toEqual([]);
    });

    it('fails the forbidden phrase itself', () => {
      expect(checkRewrite(question, bad[0]).verdict).toBe('fail');
    });
  });

  it('gets the content review’s examples right', () => {
    const q = (id: string) => rewrites.find((r) => r.id === id)!;
    expect(checkRewrite(q('forbidden-phrases-q1'), '我会把领导的电话给您，您自己去跟进吧。').verdict).toBe('fail');
    expect(checkRewrite(q('forbidden-phrases-q4'), '您别着急，有话慢慢说。').verdict).toBe('fail');
    expect(checkRewrite(q('forbidden-phrases-q1'), '请您放心，这件事我亲自跟进，下午三点前给您回电。').verdict).toBe(
      'pass',
    );
    expect(checkRewrite(q('forbidden-phrases-q5'), '我会让您明天再来一趟。').verdict).toBe('fail');
    expect(checkRewrite(q('forbidden-phrases-q6'), '我理解您，同时这笔费用是有记录的，不会错。').verdict).toBe('fail');
  });
});
