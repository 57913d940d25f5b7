// SCORM 2004 (4th edition): completion and success are separate; the score is also scaled (0–1).
import type { Completion, Success } from './course-report';
import type { Scorm2004Api } from './find-api';
import { completions, type LmsAdapter, readIds, readString, setAll, succeeded, successes } from './lms-adapter';
import { scorm2004Duration } from './scorm-time';

export function createScorm2004Adapter(api: Scorm2004Api): LmsAdapter {
  const get = (element: string) => readString(() => api.GetValue(element));
  const set = (element: string, value: string) => succeeded(() => api.SetValue(element, value));
  return {
    version: '2004',
    readSuspendData: () => get('cmi.suspend_data'),
    readStatus: () => {
      const completion = get('cmi.completion_status') as Completion;
      const success = get('cmi.success_status') as Success;
      return {
        // "unknown" completion means never reported: treat it as a first launch.
        completion: completions.includes(completion) ? completion : 'not attempted',
        success: successes.includes(success) ? success : 'unknown',
      };
    },
    interactionCount: () => Number.parseInt(get('cmi.interactions._count'), 10) || 0,
    objectiveIds: () => readIds(get, 'cmi.objectives'),
    objectiveElements: (lecture) => [
      ['id', lecture.id],
      ['score.min', '0'],
      ['score.max', '100'],
      ['score.raw', String(lecture.score)],
      ['score.scaled', String(lecture.score / 100)],
      ['success_status', lecture.success],
      ['completion_status', lecture.read ? 'completed' : lecture.slidesRead > 0 ? 'incomplete' : 'not attempted'],
      ['progress_measure', String(Math.round((lecture.slidesRead / Math.max(1, lecture.slidesTotal)) * 100) / 100)],
    ],
    writeAll: (prefix, elements) =>
      setAll(
        set,
        elements.map(([e, v]) => [`${prefix}.${e}`, v]),
      ),
    writeStatus: (status) =>
      setAll(set, [
        ['cmi.completion_status', status.completion],
        ['cmi.success_status', status.success],
      ]),
    writeScore: (score) =>
      setAll(set, [
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
        ['cmi.score.raw', String(Math.round(score))],
        ['cmi.score.scaled', String(Math.round(score) / 100)],
      ]),
    writeLocation: (location) => set('cmi.location', location.slice(0, 1000)),
    writeSuspendData: (data) => set('cmi.suspend_data', data),
    writeSessionTime: (ms) => set('cmi.session_time', scorm2004Duration(ms)),
    writeExit: (exit) => set('cmi.exit', exit),
    commit: () => succeeded(() => api.Commit('')),
    terminate: () => succeeded(() => api.Terminate('')),
  };
}
