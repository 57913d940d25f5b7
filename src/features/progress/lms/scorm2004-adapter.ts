// SCORM 2004 (4th edition): completion and success are separate; the score is also scaled (0–1).
import type { Completion, Success } from './course-report';
import type { Scorm2004Api } from './find-api';
import { completions, type LmsAdapter, readString, succeeded, successes } from './lms-adapter';
import { scorm2004Duration } from './scorm-time';

export function createScorm2004Adapter(api: Scorm2004Api): LmsAdapter {
  const get = (element: string) => readString(() => api.GetValue(element));
  const set = (element: string, value: string) => succeeded(() => api.SetValue(element, value));
  return {
    version: '2004',
    initialize: () => succeeded(() => api.Initialize('')),
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
    writeStatus: (status) => {
      set('cmi.completion_status', status.completion);
      set('cmi.success_status', status.success);
    },
    writeScore: (score) => {
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.score.raw', String(Math.round(score)));
      set('cmi.score.scaled', String(Math.round(score) / 100));
    },
    writeLocation: (location) => set('cmi.location', location.slice(0, 1000)),
    writeSuspendData: (data) => set('cmi.suspend_data', data),
    writeSessionTime: (ms) => set('cmi.session_time', scorm2004Duration(ms)),
    writeExit: (exit) => set('cmi.exit', exit),
    commit: () => succeeded(() => api.Commit('')),
    terminate: () => succeeded(() => api.Terminate('')),
  };
}
