// SCORM 1.2: one lesson_status carries both completion and success (passed/failed win).
import type { LectureResult } from '../../../lib/progress/course-result';
import type { LessonStatus } from './course-report';
import type { Scorm12Api } from './find-api';
import { type LmsAdapter, readIds, readString, setAll, succeeded } from './lms-adapter';
import { scorm12Duration } from './scorm-time';

function fromLessonStatus(value: string): LessonStatus {
  switch (value) {
    // "passed" is only ever reported for a completed course (see toLessonStatus).
    case 'passed':
      return { completion: 'completed', success: 'passed' };
    case 'failed':
      return { completion: 'incomplete', success: 'failed' };
    case 'completed':
      return { completion: 'completed', success: 'unknown' };
    case 'incomplete':
    case 'browsed':
      return { completion: 'incomplete', success: 'unknown' };
    default:
      return { completion: 'not attempted', success: 'unknown' };
  }
}

/** One status for both: "passed" means what the certificate means, completed and passed. */
function toLessonStatus(status: LessonStatus): string {
  if (status.success === 'passed' && status.completion !== 'completed') return 'incomplete';
  if (status.success !== 'unknown') return status.success;
  return status.completion === 'completed' ? 'completed' : 'incomplete';
}

function objectiveStatus(lecture: LectureResult): string {
  if (lecture.success === 'failed') return 'failed';
  if (lecture.success === 'passed') return lecture.read ? 'passed' : 'incomplete';
  if (lecture.read) return 'completed';
  return lecture.slidesRead > 0 || lecture.cases.some((c) => c.answered > 0) ? 'incomplete' : 'not attempted';
}

export function createScorm12Adapter(api: Scorm12Api): LmsAdapter {
  const get = (element: string) => readString(() => api.LMSGetValue(element));
  const set = (element: string, value: string) => succeeded(() => api.LMSSetValue(element, value));
  return {
    version: '1.2',
    readSuspendData: () => get('cmi.suspend_data'),
    readStatus: () => fromLessonStatus(get('cmi.core.lesson_status')),
    interactionCount: () => Number.parseInt(get('cmi.interactions._count'), 10) || 0,
    objectiveIds: () => readIds(get, 'cmi.objectives'),
    objectiveElements: (lecture) => [
      ['id', lecture.id],
      ['score.min', '0'],
      ['score.max', '100'],
      ['score.raw', String(lecture.score)],
      ['status', objectiveStatus(lecture)],
    ],
    writeAll: (prefix, elements) =>
      setAll(
        set,
        elements.map(([e, v]) => [`${prefix}.${e}`, v]),
      ),
    writeStatus: (status) => set('cmi.core.lesson_status', toLessonStatus(status)),
    writeScore: (score) =>
      setAll(set, [
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(Math.round(score))],
      ]),
    writeLocation: (location) => set('cmi.core.lesson_location', location.slice(0, 255)),
    writeSuspendData: (data) => set('cmi.suspend_data', data),
    writeSessionTime: (ms) => set('cmi.core.session_time', scorm12Duration(ms)),
    writeExit: (exit) => set('cmi.core.exit', exit === 'suspend' ? 'suspend' : ''),
    commit: () => succeeded(() => api.LMSCommit('')),
    terminate: () => succeeded(() => api.LMSFinish('')),
  };
}
