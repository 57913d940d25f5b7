// Scores and statuses derived from the saved attempts (the store keeps only raw attempts).
import { type Attempt, compareAttempts } from './attempt';
import { PASS_MARK } from './grading';
import type { CaseStudyData } from './types';

export type CaseStatus = 'new' | 'in-progress' | 'passed' | 'failed';

export const caseStatusLabels: Record<CaseStatus, string> = {
  new: '未开始',
  'in-progress': '进行中',
  passed: '已通过',
  failed: '未通过',
};

/** The most recent attempt per question id. */
export function latestAttempts(attempts: Attempt[]): Map<string, Attempt> {
  const latest = new Map<string, Attempt>();
  for (const attempt of attempts) {
    const previous = latest.get(attempt.questionId);
    if (!previous || compareAttempts(attempt, previous) >= 0) latest.set(attempt.questionId, attempt);
  }
  return latest;
}

/** The best score per question id. */
export function bestScores(attempts: Attempt[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const attempt of attempts)
    best.set(attempt.questionId, Math.max(best.get(attempt.questionId) ?? 0, attempt.score));
  return best;
}

export interface CaseResult {
  status: CaseStatus;
  /** 0–100, from the latest attempt of each question (unanswered count as 0). */
  score: number;
  /** 0–100, from the best attempt of each question. */
  bestScore: number;
  answered: number;
  total: number;
}

export function caseResult(data: CaseStudyData, attempts: Attempt[]): CaseResult {
  const ids = data.questions.map((q) => q.id);
  const own = attempts.filter((a) => ids.includes(a.questionId));
  const latest = latestAttempts(own);
  const best = bestScores(own);
  const total = ids.length;
  const answered = ids.filter((id) => latest.has(id)).length;
  const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / Math.max(1, total)) * 100);
  const score = mean(ids.map((id) => latest.get(id)?.score ?? 0));
  const bestScore = mean(ids.map((id) => best.get(id) ?? 0));
  let status: CaseStatus = 'new';
  if (answered > 0) status = answered < total ? 'in-progress' : score >= PASS_MARK * 100 ? 'passed' : 'failed';
  return { status, score, bestScore, answered, total };
}

/** A lecture's score: the mean of its cases' current scores (0–100). */
export function lectureScore(cases: CaseStudyData[], attempts: Attempt[]): number {
  if (cases.length === 0) return 0;
  const sum = cases.reduce((total, c) => total + caseResult(c, attempts).score, 0);
  return Math.round(sum / cases.length);
}
