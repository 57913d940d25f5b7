// What the course tells the LMS, derived from the saved facts through the shared derivations
// (lib/progress/course-result.ts): completion (every lecture read), success (the one definition of
// "passed"), the score (mean case score, 0–100), each lecture as an objective, and where the
// learner was last.
import {
  courseResult,
  type LectureOutline,
  type LectureResult,
  type Success,
} from '../../../lib/progress/course-result';
import type { CaseStudyData } from '../../../lib/quiz/types';
import type { ResumeState } from './suspend-data';

export type { Success };
export type Completion = 'not attempted' | 'incomplete' | 'completed';

export interface LessonStatus {
  completion: Completion;
  success: Success;
}

export interface CourseOutline {
  lectures: LectureOutline[];
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
  /** Each lecture's result, reported as an objective; null until the cases are known. */
  lectures: LectureResult[] | null;
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

export function courseReport(state: ResumeState, outline: CourseOutline): CourseReport {
  const result = courseResult(outline.lectures, outline.cases ?? [], state);
  const known = outline.cases !== null;
  const bits = (list: boolean[]) => list.map((b) => (b ? 1 : 0)).join('');
  const finished = result.lectures.flatMap((l) => l.cases.map((c) => c.status === 'passed' || c.status === 'failed'));
  return {
    completion: result.completed ? 'completed' : 'incomplete',
    success: known ? result.success : 'unknown',
    score: known && result.answered ? result.score : null,
    location: mostRecent(state, outline.lectures),
    milestones: `${bits(result.lectures.map((l) => l.read))}/${bits(finished)}`,
    lectures: known ? result.lectures : null,
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
