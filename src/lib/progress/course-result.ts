// The one definition of how far a learner is and whether they passed, derived from the saved facts.
// The progress page, the certificate and the LMS report all read it, so "passed" cannot mean one
// thing in the LMS and another on the certificate.
//   read      a lecture: every slide to read seen (classroom-only slides are not read)
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
  /** The slides a learner reads (classroom-only slides are not among them); all of 1…slides if absent. */
  readable?: readonly number[];
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

const allSlides = (slides: number) => Array.from({ length: slides }, (_, i) => i + 1);

/** How many of the slides to read are in `seen`. */
export function slidesRead(toRead: readonly number[], seen: number[] | undefined): number {
  const set = new Set(seen ?? []);
  return toRead.filter((n) => set.has(n)).length;
}

export function courseResult(outline: LectureOutline[], cases: CaseStudyData[], facts: ProgressFacts): CourseResult {
  const lectures = outline.map(({ id, slides, readable }): LectureResult => {
    const results = cases.filter((c) => c.lectureId === id).map((c) => caseResult(c, facts.attempts));
    const toRead = readable ?? allSlides(slides);
    const read = slidesRead(toRead, facts.lectures[id]?.seen);
    return {
      id,
      slidesRead: read,
      slidesTotal: toRead.length,
      read: read === toRead.length,
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
