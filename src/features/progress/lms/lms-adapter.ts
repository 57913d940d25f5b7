// One small interface over the two SCORM run-time APIs, so the session does not care which it has.
// Every write says whether the LMS accepted it: only an accepted value counts as sent.
import type { LectureResult } from '../../../lib/progress/course-result';
import type { Completion, LessonStatus, Success } from './course-report';
import type { InteractionElements, ScormVersion } from './interaction-format';

export interface LmsAdapter {
  readonly version: ScormVersion;
  /** The resume state the LMS kept, '' if none. */
  readSuspendData(): string;
  readStatus(): LessonStatus;
  /** How many interaction records the attempt already holds. */
  interactionCount(): number;
  /** The ids of the attempt's objectives, by index. */
  objectiveIds(): string[];
  /** Elements (below cmi.objectives.n.) that report one lecture as an objective. */
  objectiveElements(lecture: LectureResult): InteractionElements;
  /** Sets each element below `prefix`; true only when the LMS accepted every one. */
  writeAll(prefix: string, elements: InteractionElements): boolean;
  writeStatus(status: LessonStatus): boolean;
  /** 0–100 */
  writeScore(score: number): boolean;
  writeLocation(location: string): boolean;
  writeSuspendData(data: string): boolean;
  writeSessionTime(ms: number): boolean;
  /** 'suspend' keeps the attempt (and its suspend_data) for the next launch. */
  writeExit(exit: 'suspend' | 'normal'): boolean;
  commit(): boolean;
  terminate(): boolean;
}

/** A SCORM call's result as a boolean: LMSs return "true"/"false", some real booleans; some throw. */
export function succeeded(call: () => unknown): boolean {
  try {
    return String(call()) === 'true';
  } catch {
    return false;
  }
}

export function readString(call: () => unknown): string {
  try {
    const value = call();
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

/** Sets every element in turn (all are tried, so one refusal does not hide the others). */
export function setAll(set: (element: string, value: string) => boolean, pairs: [string, string][]): boolean {
  return pairs.map(([element, value]) => set(element, value)).every(Boolean);
}

export function readIds(get: (element: string) => string, prefix: string): string[] {
  const count = Number.parseInt(get(`${prefix}._count`), 10);
  return Array.from({ length: Number.isFinite(count) ? Math.min(count, 1000) : 0 }, (_, n) => get(`${prefix}.${n}.id`));
}

export const completions: Completion[] = ['not attempted', 'incomplete', 'completed'];
export const successes: Success[] = ['unknown', 'passed', 'failed'];
