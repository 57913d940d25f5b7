// Progress inside an LMS belongs to one learner's attempt in one package: the store's key, a new
// attempt starting empty, the offer to bring in progress kept elsewhere, a late API (F18), the
// 30-second commit, re-sending what the LMS refused (F8) and known ids only in suspend_data (F13).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { decodeSuspendData, encodeSuspendData } from '../../src/features/progress/lms/suspend-data';
import { knownOnly } from '../../src/features/progress/lms/lms-runtime';
import type { Attempt } from '../../src/lib/quiz/attempt';
import type { CaseStudyData } from '../../src/lib/quiz/types';
import { loadLectureCases } from '../content/content-helpers';
import { rightAnswers } from './quiz-fixtures';

type Global = { API?: unknown; API_1484_11?: unknown };
const global = window as unknown as Global;
const loading = { timeout: 10_000 };
const UNSCOPED = 'complaint-course:progress';
const key12 = (learner: string) => `complaint-course:progress:lms:complaint-course-scorm12:${learner}`;

let cases: CaseStudyData[] = [];
beforeAll(async () => {
  cases = (await loadLectureCases()).flatMap((l) => l.list);
});

const answers = (c: CaseStudyData, at: number) => rightAnswers(c, at, 'bank');

const saved = (lectures: Record<string, number[]>, attempts: Attempt[] = []) =>
  JSON.stringify({
    state: {
      lectures: Object.fromEntries(
        Object.entries(lectures).map(([id, seen]) => [id, { seen, last: 1, updatedAt: Date.UTC(2026, 0, 2) }]),
      ),
      attempts,
      review: {},
      timeSpent: {},
    },
    version: 3,
  });

async function fresh() {
  vi.resetModules();
  const store = await import('../../src/store/app-store');
  const session = await import('../../src/features/progress/lms/lms-session');
  return {
    useAppStore: store.useAppStore,
    storeKey: () => store.progressSync.key(),
    start: () => session.startLmsSession(),
  };
}

function calls(api: Scorm12API | Scorm2004API, names: string[]) {
  const seen: string[] = [];
  for (const name of names) api.on(name, () => seen.push(name));
  return seen;
}

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  delete global.API;
  delete global.API_1484_11;
});

describe('progress scoped to the LMS learner and package', () => {
  it('keys the store by learner and package before the app renders, and a new attempt starts empty', async () => {
    // Another learner's, the unscoped copy and this learner's earlier attempt are all here.
    localStorage.setItem(UNSCOPED, saved({ understanding: [1, 2, 3] }, answers(cases[0], Date.UTC(2026, 0, 2))));
    localStorage.setItem(key12('other'), saved({ toolbox: [1, 2] }));
    localStorage.setItem(key12('s1'), saved({ difficult: [1] }));
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 's1', entry: 'ab-initio' } });
    global.API = api;
    const { useAppStore, storeKey, start } = await fresh();
    // Once the start resolves (boot renders only then), the store is on this learner's key, empty.
    await start();
    expect(storeKey()).toBe(key12('s1'));
    expect(useAppStore.getState().lectures).toEqual({});
    expect(useAppStore.getState().attempts).toEqual([]);
    // Nothing leaks into the attempt: the LMS hears "incomplete", no score.
    await vi.waitFor(() => expect(api.cmi.core.lesson_status).toBe('incomplete'), loading);
    expect(api.cmi.core.score.raw).toBe('');
    // The earlier attempt's copy is put aside, not deleted.
    expect(localStorage.getItem(`${key12('s1')}:earlier`)).not.toBeNull();

    // The offer names what would come in; declining leaves everything as it was.
    const dialog = await screen.findByRole('dialog', { name: '发现其他学习记录' }, loading);
    expect(dialog.textContent).toContain(`已读 6 节，答题 ${cases[0].questions.length} 次`);
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .click(screen.getByRole('button', { name: '不并入' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAppStore.getState().lectures).toEqual({});
    expect(localStorage.getItem(UNSCOPED)).not.toBeNull();
  });

  it('brings the other progress in only when the learner accepts, and reports it to the LMS', async () => {
    localStorage.setItem(UNSCOPED, saved({ understanding: [1, 2, 3] }, answers(cases[0], Date.UTC(2026, 0, 2))));
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ learner_id: 'u9', entry: 'ab-initio' });
    global.API_1484_11 = api;
    const { useAppStore, start } = await fresh();
    await start();
    await screen.findByRole('dialog', {}, loading);
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .click(screen.getByRole('button', { name: '并入本次学习' }));
    expect(useAppStore.getState().lectures.understanding?.seen).toEqual([1, 2, 3]);
    await vi.waitFor(() => expect(api.cmi.score.raw).toBe(String(Math.round(100 / cases.length))), loading);
  });

  it('does not ask again for an offer the learner declined', async () => {
    localStorage.setItem(UNSCOPED, saved({ understanding: [1] }));
    for (const round of [1, 2]) {
      const api = new Scorm12API({ logLevel: 5 });
      api.loadFromJSON({ core: { student_id: 's2', entry: round === 1 ? 'ab-initio' : 'resume' } });
      global.API = api;
      const { start } = await fresh();
      const stop = await start();
      if (round === 1) {
        await screen.findByRole('dialog', {}, loading);
        await userEvent
          .setup({ advanceTimers: vi.advanceTimersByTime })
          .click(screen.getByRole('button', { name: '不并入' }));
      } else {
        await vi.waitFor(() => expect(api.cmi.core.lesson_status).toBe('incomplete'), loading);
        await vi.advanceTimersByTimeAsync(500);
        expect(screen.queryByRole('dialog')).toBeNull();
      }
      stop?.();
    }
  });

  it("finds an API that appears late (within 10 s) and moves the live store to the learner's key", async () => {
    localStorage.setItem(UNSCOPED, saved({ understanding: [1, 2] }));
    const { useAppStore, storeKey, start } = await fresh();
    expect(useAppStore.getState().lectures.understanding?.seen).toEqual([1, 2]);
    await start();
    await vi.advanceTimersByTimeAsync(3000);
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 'late', entry: 'ab-initio' } });
    global.API = api;
    await vi.waitFor(() => expect(api.cmi.core.lesson_status).toBe('incomplete'), loading);
    expect(storeKey()).toBe(key12('late'));
    expect(useAppStore.getState().lectures).toEqual({});
    expect(localStorage.getItem(UNSCOPED)).toContain('understanding');
  });
});

describe('committing and re-sending', () => {
  it('commits a reading change within 30 s, with no milestone and no leaving', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 's3', entry: 'ab-initio' } });
    const log = calls(api, ['LMSCommit']);
    global.API = api;
    const { useAppStore, start } = await fresh();
    await start();
    await vi.waitFor(() => expect(log).toHaveLength(2), loading);
    useAppStore.getState().setLastPosition('understanding', 2);
    useAppStore.getState().markSeen('understanding', 2);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(log).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(log).toHaveLength(3);
    expect(api.cmi.core.lesson_location).toBe('understanding/2');
  });

  it('re-sends what the LMS refused once it recovers (F8)', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 's4', entry: 'ab-initio' } });
    const original = api.LMSSetValue.bind(api);
    let failing = true;
    api.LMSSetValue = (element: string, value: string) => (failing ? 'false' : original(element, value));
    global.API = api;
    const { useAppStore, start } = await fresh();
    const stop = await start();
    for (const attempt of answers(cases[0], Date.now() + 10)) useAppStore.getState().recordAttempt(attempt);
    await vi.advanceTimersByTimeAsync(3000);
    expect(api.cmi.core.score.raw).toBe('');
    failing = false;
    // No further change by the learner: the retry comes with the next commit.
    await vi.advanceTimersByTimeAsync(31_000);
    expect(api.cmi.core.score.raw).toBe(String(Math.round(100 / cases.length)));
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(decodeSuspendData(api.cmi.suspend_data)!.attempts).toHaveLength(cases[0].questions.length);
    stop?.();
  });

  it('reports answers given in this session as interactions, up to 250 per attempt', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const earlier = answers(cases[0], Date.UTC(2026, 0, 5));
    api.loadFromJSON({
      learner_id: 's5',
      entry: 'resume',
      suspend_data: encodeSuspendData({ lectures: {}, attempts: earlier, review: {} }),
    });
    global.API_1484_11 = api;
    const { useAppStore, start } = await fresh();
    await start();
    await vi.waitFor(() => expect(api.cmi.objectives.childArray).toHaveLength(4), loading);
    // What came back from suspend_data was reported in its own session, not again.
    expect(api.cmi.interactions.childArray).toHaveLength(0);
    const questions = cases.flatMap((c) => c.questions.map((q) => ({ q, c })));
    const now = Date.now() + 1000;
    let n = 0;
    const given: Attempt[] = [];
    for (let round = 0; round < 4; round++)
      for (const { q, c } of questions)
        given.push({
          questionId: q.id,
          caseId: c.id,
          answer:
            q.kind === 'truefalse'
              ? { kind: 'truefalse', value: true }
              : q.kind === 'single'
                ? { kind: 'single', optionId: q.options[0].id }
                : null,
          correct: false,
          score: 0,
          at: now + n++,
          durationMs: 1000,
          mode: 'bank',
        });
    // One write for all of them (a learner gives them one by one; the session sees the same).
    useAppStore.setState((state) => ({ attempts: [...state.attempts, ...given] }));
    await vi.advanceTimersByTimeAsync(1500);
    const answerable = questions.filter(({ q }) => q.kind === 'truefalse' || q.kind === 'single').length;
    expect(answerable * 4).toBeGreaterThan(250);
    expect(api.cmi.interactions.childArray).toHaveLength(250);
    expect(api.GetValue('cmi.interactions.0.id')).toBe(
      questions.find(({ q }) => q.kind === 'truefalse' || q.kind === 'single')!.q.id,
    );
  }, 20_000);

  it('keeps only known lectures and questions in suspend_data (F13)', () => {
    const bogus = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`x${i}`, { seen: [1, 2], last: 2, updatedAt: 1 }]),
    );
    const stray: Attempt[] = Array.from({ length: 300 }, (_, i) => ({
      ...answers(cases[1], 1)[0],
      caseId: `c${i}`,
      questionId: `c${i}-q1`,
    }));
    const state = {
      lectures: { ...bogus, understanding: { seen: [1, 2, 3], last: 3, updatedAt: 1 } },
      attempts: [...answers(cases[0], 60_000_000_000), ...stray],
      review: {},
    };
    const questions = new Map(cases.flatMap((c) => c.questions.map((q) => [q.id, q] as const)));
    const text = encodeSuspendData(knownOnly(state, new Set(['understanding']), questions));
    const decoded = decodeSuspendData(text)!;
    expect(Object.keys(decoded.lectures)).toEqual(['understanding']);
    expect(decoded.attempts).toHaveLength(cases[0].questions.length);
  });
});
