// The adapters against scorm-again, a real LMS-side SCORM runtime: every value must be accepted.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { scorm12Duration, scorm2004Duration } from '../../src/features/progress/lms/scorm-time';
import { createScorm12Adapter } from '../../src/features/progress/lms/scorm12-adapter';
import { createScorm2004Adapter } from '../../src/features/progress/lms/scorm2004-adapter';

const quiet = { logLevel: 5 } as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CMI as plain JSON
const committed = (api: Scorm12API | Scorm2004API): any => JSON.parse(JSON.stringify(api.cmi));

/** Records every SetValue the runtime refused. */
function refusals<T extends object>(api: T, setter: keyof T) {
  const refused: string[] = [];
  const original = (api[setter] as (e: string, v: string) => string).bind(api);
  (api as Record<keyof T, unknown>)[setter] = (element: string, value: string) => {
    const result = original(element, value);
    if (result !== 'true') refused.push(`${element}=${value}`);
    return result;
  };
  return refused;
}

describe('session time formats', () => {
  it('SCORM 1.2: HHHH:MM:SS.SS', () => {
    expect(scorm12Duration(0)).toBe('00:00:00.00');
    expect(scorm12Duration(3_723_456)).toBe('01:02:03.46');
    expect(scorm12Duration(200 * 3600_000)).toBe('200:00:00.00');
    expect(scorm12Duration(1e12)).toBe('9999:59:59.99');
  });

  it('SCORM 2004: ISO 8601 duration', () => {
    expect(scorm2004Duration(0)).toBe('PT0H0M0.00S');
    expect(scorm2004Duration(3_723_456)).toBe('PT1H2M3.46S');
  });
});

describe('SCORM 1.2 adapter', () => {
  it('reports status, score, location, suspend data, session time and exit', () => {
    const api = new Scorm12API(quiet);
    const refused = refusals(api, 'LMSSetValue');
    const lms = createScorm12Adapter(api);
    expect(api.LMSInitialize('')).toBe('true');
    expect(lms.readStatus()).toEqual({ completion: 'not attempted', success: 'unknown' });
    expect(lms.readSuspendData()).toBe('');

    lms.writeStatus({ completion: 'incomplete', success: 'unknown' });
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    lms.writeStatus({ completion: 'completed', success: 'unknown' });
    expect(api.cmi.core.lesson_status).toBe('completed');
    lms.writeStatus({ completion: 'incomplete', success: 'failed' });
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(lms.readStatus()).toEqual({ completion: 'incomplete', success: 'failed' });
    lms.writeStatus({ completion: 'completed', success: 'passed' });
    expect(api.cmi.core.lesson_status).toBe('passed');

    lms.writeScore(87);
    expect([api.cmi.core.score.raw, api.cmi.core.score.min, api.cmi.core.score.max]).toEqual(['87', '0', '100']);
    lms.writeLocation('difficult/12');
    expect(api.cmi.core.lesson_location).toBe('difficult/12');
    lms.writeSuspendData('v1|x.A.1.AAAA|');
    expect(lms.readSuspendData()).toBe('v1|x.A.1.AAAA|');
    lms.writeSessionTime(3_723_456);
    // Write-only for the SCO: read it as the LMS receives it, in the commit data.
    expect(committed(api).core.session_time).toMatch(/^01:02:03\.46?$/);
    lms.writeExit('suspend');
    expect(committed(api).core.exit).toBe('suspend');
    expect(lms.commit()).toBe(true);
    expect(lms.terminate()).toBe(true);
    expect(refused).toEqual([]);
  });

  it('reports failure instead of throwing when the LMS misbehaves', () => {
    const broken = {
      LMSInitialize: () => {
        throw new Error('LMS down');
      },
      LMSFinish: () => false,
      LMSGetValue: () => 42,
      LMSSetValue: () => 'false',
      LMSCommit: () => true,
    };
    const lms = createScorm12Adapter(broken);
    expect(lms.readSuspendData()).toBe('');
    expect(() => lms.writeScore(50)).not.toThrow();
    expect(lms.commit()).toBe(true);
    expect(lms.terminate()).toBe(false);
  });
});

describe('SCORM 2004 adapter', () => {
  it('reports completion and success apart, the scaled score, and an ISO 8601 session time', () => {
    const api = new Scorm2004API(quiet);
    const refused = refusals(api, 'SetValue');
    const lms = createScorm2004Adapter(api);
    expect(api.Initialize('')).toBe('true');
    expect(lms.readStatus()).toEqual({ completion: 'not attempted', success: 'unknown' });

    lms.writeStatus({ completion: 'completed', success: 'failed' });
    expect([api.cmi.completion_status, api.cmi.success_status]).toEqual(['completed', 'failed']);
    expect(lms.readStatus()).toEqual({ completion: 'completed', success: 'failed' });
    lms.writeScore(85);
    expect([api.cmi.score.raw, api.cmi.score.min, api.cmi.score.max, api.cmi.score.scaled]).toEqual([
      '85',
      '0',
      '100',
      '0.85',
    ]);
    lms.writeLocation('toolbox/3');
    expect(api.cmi.location).toBe('toolbox/3');
    lms.writeSuspendData('v1||');
    expect(lms.readSuspendData()).toBe('v1||');
    lms.writeSessionTime(65_000);
    expect(committed(api).session_time).toMatch(/^PT0H1M5(\.0*)?S$/);
    lms.writeExit('suspend');
    expect(committed(api).exit).toBe('suspend');
    expect(lms.commit()).toBe(true);
    expect(lms.terminate()).toBe(true);
    expect(refused).toEqual([]);
  });
});
