// The one definition of how far a learner is and whether they passed, derived from the saved facts.
// The progress page, the certificate and the LMS report all read it, so "passed" cannot mean one
// thing in the LMS and another on the certificate.
//   read      a lecture: every slide seen
//   completed the course: every lecture read
//   passed    every case passed (each case scored at the pass mark or above); failed once every
//             case is finished and one is not passed; unknown before that
//   certified completed and passed
import type { Attempt } from '../quiz/attempt';
import { type CaseResult, caseResult } from '../quiz/case-scores';
import type { CaseStudyData } from '../quiz/types';

export type Success = 'unknown' | 'passed' | 'failed';

export interface LectureOutline {
  id: string;
  slides: number;
}

/** The facts the derivations read (a subset of the saved progress). */
export interface ProgressFacts {
  lectures: Partial<Record<string, { seen: number[] }>>;
  attempts: Attempt[];
}

export interface LectureResult {
  id: string;
  slidesRead: number;
  slidesTotal: number;
  read: boolean;
  cases: CaseResult[];
  casesPassed: number;
  casesTotal: number;
  /** Mean case score, 0–100 (unanswered questions count as 0). */
  score: number;
  success: Success;
}

export interface CourseResult {
  lectures: LectureResult[];
  completed: boolean;
  success: Success;
  passed: boolean;
  /** Completed and passed: the certificate is offered. */
  certified: boolean;
  /** Mean case score over every case of the course, 0–100. */
  score: number;
  casesPassed: number;
  casesTotal: number;
  /** Whether any question has been answered (an LMS gets no score before that). */
  answered: boolean;
}

const mean = (values: number[]) =>
  values.length ? Math.round(values.reduce((sum, n) => sum + n, 0) / values.length) : 0;

function successOf(results: CaseResult[]): Success {
  if (results.length === 0) return 'unknown';
  if (results.every((r) => r.status === 'passed')) return 'passed';
  return results.every((r) => r.status === 'passed' || r.status === 'failed') ? 'failed' : 'unknown';
}

/** How many of a lecture's `slides` (numbered from 1) are in `seen`. */
export function slidesRead(slides: number, seen: number[] | undefined): number {
  const set = new Set(seen ?? []);
  let read = 0;
  for (let n = 1; n <= slides; n++) if (set.has(n)) read += 1;
  return read;
}

export function courseResult(outline: LectureOutline[], cases: CaseStudyData[], facts: ProgressFacts): CourseResult {
  const lectures = outline.map(({ id, slides }): LectureResult => {
    const results = cases.filter((c) => c.lectureId === id).map((c) => caseResult(c, facts.attempts));
    const read = slidesRead(slides, facts.lectures[id]?.seen);
    return {
      id,
      slidesRead: read,
      slidesTotal: slides,
      read: read === slides,
      cases: results,
      casesPassed: results.filter((r) => r.status === 'passed').length,
      casesTotal: results.length,
      score: mean(results.map((r) => r.score)),
      success: successOf(results),
    };
  });
  const all = lectures.flatMap((l) => l.cases);
  const completed = lectures.length > 0 && lectures.every((l) => l.read);
  const success = successOf(all);
  return {
    lectures,
    completed,
    success,
    passed: success === 'passed',
    certified: completed && success === 'passed',
    score: mean(all.map((r) => r.score)),
    casesPassed: all.filter((r) => r.status === 'passed').length,
    casesTotal: all.length,
    answered: all.some((r) => r.answered > 0),
  };
}
