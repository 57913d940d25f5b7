// One small interface over the two SCORM run-time APIs, so the session does not care which it has.
import type { Completion, LessonStatus, Success } from './course-report';

export interface LmsAdapter {
  readonly version: '1.2' | '2004';
  initialize(): boolean;
  /** The resume state the LMS kept, '' if none. */
  readSuspendData(): string;
  readStatus(): LessonStatus;
  writeStatus(status: LessonStatus): void;
  /** 0–100 */
  writeScore(score: number): void;
  writeLocation(location: string): void;
  writeSuspendData(data: string): void;
  writeSessionTime(ms: number): void;
  /** 'suspend' keeps the attempt (and its suspend_data) for the next launch. */
  writeExit(exit: 'suspend' | 'normal'): void;
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

export const completions: Completion[] = ['not attempted', 'incomplete', 'completed'];
export const successes: Success[] = ['unknown', 'passed', 'failed'];
