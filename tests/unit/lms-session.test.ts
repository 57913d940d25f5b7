// The whole session in jsdom against scorm-again (a real LMS-side runtime) and the real store.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { decodeSuspendData, encodeSuspendData } from '../../src/features/progress/lms/suspend-data';
import type { CaseStudyData } from '../../src/lib/quiz/types';
import { loadLectureCases } from '../content/content-helpers';
import { rightAnswers } from './quiz-fixtures';

type Global = { API?: unknown; API_1484_11?: unknown };
const global = window as unknown as Global;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CMI as plain JSON
const committed = (api: Scorm12API | Scorm2004API): any => JSON.parse(JSON.stringify(api.cmi));

let cases: CaseStudyData[] = [];
beforeAll(async () => {
  cases = (await loadLectureCases()).flatMap((l) => l.list);
});

// The session's code and the case bank load as chunks; on a busy machine that takes over a second.
const loading = { timeout: 10_000 };

async function fresh() {
  vi.resetModules();
  const store = await import('../../src/store/app-store');
  const session = await import('../../src/features/progress/lms/lms-session');
  return {
    useAppStore: store.useAppStore,
    progressSync: store.progressSync,
    startLmsSession: () => session.startLmsSession(),
  };
}

function calls(api: Scorm12API | Scorm2004API, names: string[]) {
  const seen: string[] = [];
  for (const name of names) api.on(name, () => seen.push(name));
  return seen;
}

const answers = (c: CaseStudyData, at: number) => rightAnswers(c, at, 'lecture');

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  delete global.API;
  delete global.API_1484_11;
});

describe('LMS session', () => {
  it('does nothing without an LMS, and stops looking for one after 10 s', async () => {
    const { startLmsSession, progressSync } = await fresh();
    startLmsSession();
    await vi.advanceTimersByTimeAsync(10_500);
    const api = new Scorm12API({ logLevel: 5 });
    const log = calls(api, ['LMSInitialize']);
    global.API = api;
    await vi.advanceTimersByTimeAsync(2000);
    expect(log).toEqual([]);
    expect(progressSync.key()).toBe('complaint-course:progress');
  });

  it('SCORM 1.2: initializes, reports as the learner goes, commits on milestones, finishes on leaving', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    const log = calls(api, ['LMSInitialize', 'LMSCommit', 'LMSFinish']);
    global.API = api;
    const { useAppStore, startLmsSession } = await fresh();
    const stop = await startLmsSession();
    expect(stop).not.toBeNull();

    expect(log).toContain('LMSInitialize');
    await vi.waitFor(() => expect(api.cmi.core.lesson_status).toBe('incomplete'), loading);
    // The first report, then the one once the case bank has loaded.
    await vi.waitFor(() => expect(log.filter((c) => c === 'LMSCommit')).toHaveLength(2), loading);

    const { markSeen, setLastPosition, recordAttempt } = useAppStore.getState();
    for (const n of [1, 2, 3]) markSeen('understanding', n);
    setLastPosition('understanding', 3);
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.cmi.core.lesson_location).toBe('understanding/3');
    expect(decodeSuspendData(api.cmi.suspend_data)!.lectures.understanding!.seen).toEqual([1, 2, 3]);
    expect(
      log.filter((c) => c === 'LMSCommit'),
      'no commit for reading a slide',
    ).toHaveLength(2);

    for (const attempt of answers(cases[0], Date.now())) recordAttempt(attempt);
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.cmi.core.score.raw).toBe(String(Math.round(100 / cases.length)));
    expect(
      log.filter((c) => c === 'LMSCommit'),
      'a finished case is committed',
    ).toHaveLength(3);

    // Reports keep flowing while the store changes non-stop.
    for (let n = 4; n <= 14; n++) {
      markSeen('understanding', n);
      setLastPosition('understanding', n);
      await vi.advanceTimersByTimeAsync(300);
      if (n === 8) expect(api.cmi.core.lesson_location).not.toBe('understanding/3');
    }
    // Leaving the page for a download or a mailto: link only saves; pagehide finishes.
    const commits = log.filter((c) => c === 'LMSCommit').length;
    window.dispatchEvent(new Event('beforeunload'));
    expect(log.filter((c) => c === 'LMSCommit')).toHaveLength(commits + 1);
    expect(log).not.toContain('LMSFinish');

    vi.setSystemTime(Date.now() + 65_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(log.at(-1)).toBe('LMSFinish');
    expect(committed(api).core.session_time).toMatch(/^00:01:\d\d/);
    expect(committed(api).core.exit).toBe('suspend');
    stop!();
    window.dispatchEvent(new Event('pagehide'));
    expect(log.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  it("SCORM 2004: resumes from suspend_data without losing this learner's local progress", async () => {
    const [first, second] = cases;
    const t = Date.UTC(2026, 0, 5);
    vi.setSystemTime(t + 3_600_000);
    localStorage.setItem(
      'complaint-course:progress:lms:complaint-course-scorm2004:learner-7',
      JSON.stringify({
        state: {
          lectures: { understanding: { seen: [1, 2], last: 2, updatedAt: t } },
          attempts: answers(first, t),
          review: {},
        },
        version: 2,
      }),
    );
    const api = new Scorm2004API({ logLevel: 5 });
    api.cmi.suspend_data = encodeSuspendData({
      lectures: {
        understanding: { seen: [2, 3, 4], last: 4, updatedAt: t + 60_000 },
        toolbox: { seen: [1], last: 1, updatedAt: t },
      },
      attempts: answers(second, t),
      review: {},
    });
    api.loadFromJSON({ learner_id: 'learner-7', entry: 'resume' });
    global.API_1484_11 = api;
    const log = calls(api, ['Initialize', 'Commit', 'Terminate']);
    const { useAppStore, startLmsSession } = await fresh();
    const stop = (await startLmsSession())!;

    expect(log).toContain('Initialize');
    await vi.waitFor(() => expect(useAppStore.getState().lectures.toolbox).toBeDefined(), loading);
    const state = useAppStore.getState();
    expect(state.lectures.understanding).toMatchObject({ seen: [1, 2, 3, 4], last: 4 });
    expect(state.lectures.toolbox).toMatchObject({ seen: [1] });
    expect(new Set(state.attempts.map((a) => a.caseId))).toEqual(new Set([first.id, second.id]));
    expect(api.cmi.completion_status).toBe('incomplete');
    expect(api.cmi.success_status).toBe('unknown');
    expect(api.cmi.location).toBe('understanding/4');
    await vi.waitFor(() => expect(api.cmi.score.raw).toBe(String(Math.round(200 / cases.length))), loading);
    expect(api.cmi.score.scaled).toBe(String(Math.round(200 / cases.length) / 100));
    expect(decodeSuspendData(api.cmi.suspend_data)!.attempts).toHaveLength(
      first.questions.length + second.questions.length,
    );

    stop();
    expect(log.at(-1)).toBe('Terminate');
    expect(committed(api).session_time).toMatch(/^PT/);
    expect(committed(api).exit).toBe('suspend');
  });

  it('stays out of the way when the LMS refuses to initialize (another window holds the session)', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.LMSInitialize('');
    global.API = api;
    const log = calls(api, ['LMSSetValue', 'LMSCommit', 'LMSFinish']);
    const { useAppStore, startLmsSession } = await fresh();
    expect(await startLmsSession()).toBeNull();
    await vi.advanceTimersByTimeAsync(50);
    useAppStore.getState().markSeen('understanding', 1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(log).toEqual([]);
  });
});
