import { describe, expect, it } from 'vitest';
import { caseResult, lectureScore } from '../../src/lib/quiz/case-scores';
import { bankAttempt, sampleCase } from './quiz-fixtures';

const attempt = (questionId: string, score: number, at: number) => bankAttempt(questionId, 'sample', score, at);

describe('case scores', () => {
  it('is new with no attempts', () => {
    expect(caseResult(sampleCase, [])).toMatchObject({ status: 'new', score: 0, answered: 0, total: 2 });
  });

  it('is in progress until every question is answered', () => {
    expect(caseResult(sampleCase, [attempt('sample-q1', 1, 1)]).status).toBe('in-progress');
  });

  it('passes at 80% from the latest attempts and keeps the best score', () => {
    const wrongThenRight = [attempt('sample-q1', 0, 1), attempt('sample-q2', 1, 2), attempt('sample-q1', 1, 3)];
    expect(caseResult(sampleCase, wrongThenRight)).toMatchObject({ status: 'passed', score: 100, bestScore: 100 });
    const rightThenWrong = [attempt('sample-q1', 1, 1), attempt('sample-q2', 1, 2), attempt('sample-q1', 0, 3)];
    expect(caseResult(sampleCase, rightThenWrong)).toMatchObject({ status: 'failed', score: 50, bestScore: 100 });
  });

  it('ignores attempts at other cases, and averages cases per lecture', () => {
    const other = { ...attempt('elsewhere', 1, 1), caseId: 'other' };
    expect(caseResult(sampleCase, [other]).status).toBe('new');
    expect(lectureScore([sampleCase], [attempt('sample-q1', 1, 1)])).toBe(50);
  });
});
