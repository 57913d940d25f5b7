// What the course tells the LMS, derived from the saved facts: completion (every slide of every
// lecture seen), success (every case finished, judged on the overall case score against the pass
// mark), the score (mean case score, 0–100) and where the learner was last.
import type { Attempt } from '../../../lib/quiz/attempt';
import { caseResult } from '../../../lib/quiz/case-scores';
import { PASS_MARK } from '../../../lib/quiz/grading';
import type { CaseStudyData } from '../../../lib/quiz/types';
import type { ResumeState } from './suspend-data';

export type Completion = 'not attempted' | 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

export interface LessonStatus {
  completion: Completion;
  success: Success;
}

export interface CourseOutline {
  lectures: { id: string; slides: number }[];
  /** Null until the case registry has loaded. */
  cases: CaseStudyData[] | null;
}

export interface CourseReport extends LessonStatus {
  /** 0–100; null before any answer (or before the cases are known). */
  score: number | null;
  /** "lectureId/slide" of the most recent reading position. */
  location: string | null;
  /** Changes when a lecture is completed or a case finished: worth a commit. */
  milestones: string;
}

function lectureDone(slides: number, seen: number[] | undefined): boolean {
  const set = new Set(seen ?? []);
  for (let n = 1; n <= slides; n++) if (!set.has(n)) return false;
  return true;
}

function mostRecent(state: ResumeState, lectures: CourseOutline['lectures']): string | null {
  let best: string | null = null;
  let bestTime = -1;
  for (const { id, slides } of lectures) {
    const p = state.lectures[id];
    if (!p || p.updatedAt <= bestTime) continue;
    bestTime = p.updatedAt;
    best = `${id}/${Math.min(Math.max(1, p.last), Math.max(1, slides))}`;
  }
  return best;
}

function caseSummary(cases: CaseStudyData[], attempts: Attempt[]) {
  const results = cases.map((c) => caseResult(c, attempts));
  const score = cases.length ? Math.round(results.reduce((sum, r) => sum + r.score, 0) / cases.length) : 0;
  const finished = results.map((r) => r.status === 'passed' || r.status === 'failed');
  return { score, finished };
}

export function courseReport(state: ResumeState, outline: CourseOutline): CourseReport {
  const done = outline.lectures.map((l) => lectureDone(l.slides, state.lectures[l.id]?.seen));
  const completion: Completion = done.length > 0 && done.every(Boolean) ? 'completed' : 'incomplete';
  let success: Success = 'unknown';
  let score: number | null = null;
  let finished: boolean[] = [];
  if (outline.cases) {
    const summary = caseSummary(outline.cases, state.attempts);
    finished = summary.finished;
    if (state.attempts.length > 0) score = summary.score;
    if (finished.length > 0 && finished.every(Boolean))
      success = summary.score >= PASS_MARK * 100 ? 'passed' : 'failed';
  }
  const bits = (list: boolean[]) => list.map((b) => (b ? 1 : 0)).join('');
  return {
    completion,
    success,
    score,
    location: mostRecent(state, outline.lectures),
    milestones: `${bits(done)}/${bits(finished)}`,
  };
}

const completionRank: Record<Completion, number> = { 'not attempted': 0, incomplete: 1, completed: 2 };

/** What to report given what the LMS already holds: completion never goes back. */
export function combineStatus(saved: LessonStatus, current: LessonStatus): LessonStatus {
  const completion =
    completionRank[saved.completion] > completionRank[current.completion] ? saved.completion : current.completion;
  return {
    completion: completion === 'not attempted' ? 'incomplete' : completion,
    success: current.success === 'unknown' ? saved.success : current.success,
  };
}
