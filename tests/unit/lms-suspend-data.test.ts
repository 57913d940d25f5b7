import { decodeBitset, decodeDigits, encodeBitset, encodeDigits } from '../../src/features/progress/lms/compact-digits';
import {
  decodeSuspendData,
  encodeSuspendData,
  type ResumeState,
  SUSPEND_DATA_MAX,
} from '../../src/features/progress/lms/suspend-data';
import type { Attempt } from '../../src/lib/quiz/attempt';
import { caseResult, latestAttempts } from '../../src/lib/quiz/case-scores';
import { LAST_BOX } from '../../src/lib/quiz/review-schedule';
import type { CaseStudyData } from '../../src/lib/quiz/types';
import { lectureIndex, loadLectureCases } from '../content/content-helpers';

const MINUTE = 60_000;
// A time well past today, so every time field takes its full width.
const LATE = Date.UTC(2049, 11, 31, 23, 59);

let cases: CaseStudyData[] = [];
beforeAll(async () => {
  cases = (await loadLectureCases()).flatMap((l) => l.list);
});

/** Every slide seen, every question answered twice (best first, then worse), all in review. */
function largestProgress(): ResumeState {
  const state: ResumeState = { lectures: {}, attempts: [], review: {} };
  for (const lecture of lectureIndex) {
    const slides = lecture.slides.length;
    state.lectures[lecture.frontmatter.id] = {
      seen: Array.from({ length: slides }, (_, i) => i + 1),
      last: slides,
      updatedAt: LATE,
    };
  }
  for (const c of cases)
    for (const q of c.questions) {
      const base = { questionId: q.id, caseId: c.id, answer: null, durationMs: 120_000 } as const;
      state.attempts.push({ ...base, correct: true, score: 1, at: LATE - 5 * MINUTE, mode: 'exam' });
      state.attempts.push({ ...base, correct: false, score: 2 / 3, at: LATE, mode: 'review', revealed: true });
      state.review[q.id] = {
        box: LAST_BOX,
        due: LATE + 14 * 86_400_000,
        lastWrong: true,
        wrongCount: 63,
        firstWrongAt: LATE,
      };
    }
  return state;
}

function someProgress(): ResumeState {
  const t = Date.UTC(2026, 2, 10, 9, 30, 12, 345);
  const [a, b] = cases;
  const attempt = (q: number, c: CaseStudyData, extra: Partial<Attempt>): Attempt => ({
    questionId: c.questions[q].id,
    caseId: c.id,
    answer: null,
    correct: false,
    score: 0,
    at: t,
    durationMs: 0,
    mode: 'lecture',
    ...extra,
  });
  return {
    lectures: {
      understanding: { seen: [1, 2, 3, 7, 35], last: 7, updatedAt: t },
      techniques: { seen: [], last: 1, updatedAt: 0 },
    },
    attempts: [
      attempt(0, a, { correct: false, score: 0.5, at: t }),
      attempt(0, a, { correct: true, score: 1, at: t + 10 * MINUTE, mode: 'bank' }),
      attempt(1, a, { correct: false, score: 0.25, at: t + 11 * MINUTE }),
      attempt(0, b, { correct: false, score: 0, at: t + 20 * MINUTE, mode: 'exam', revealed: true }),
      // Ids outside the "<case>-q<n>" pattern take the longer forms.
      attempt(0, a, { questionId: `${a.id}-q64`, score: 1 / 3, at: t + 21 * MINUTE }),
      attempt(0, a, { questionId: `${a.id}-extra_1`, score: 0.8, at: t + 22 * MINUTE }),
      attempt(0, b, { questionId: 'free-standing', correct: true, score: 1, at: t + 23 * MINUTE }),
    ],
    review: {
      [a.questions[1].id]: {
        box: 1,
        due: t + 11 * MINUTE,
        lastWrong: true,
        wrongCount: 1,
        firstWrongAt: t + 11 * MINUTE,
      },
      [b.questions[0].id]: { box: 3, due: t + 3 * 86_400_000, lastWrong: false, wrongCount: 2, firstWrongAt: t },
    },
  };
}

const floorMinute = (ms: number) => (ms === 0 ? 0 : Math.floor(ms / MINUTE) * MINUTE);

/** What the course resumes and reports from, in a form two states can be compared by. */
function essentials(state: ResumeState) {
  const latest = latestAttempts(state.attempts);
  return {
    lectures: Object.fromEntries(
      Object.entries(state.lectures).map(([id, p]) => [
        id,
        { seen: p!.seen, last: p!.last, at: floorMinute(p!.updatedAt) },
      ]),
    ),
    cases: cases.map((c) => caseResult(c, state.attempts)),
    latest: Object.fromEntries(
      [...latest].map(([id, a]) => [
        id,
        {
          caseId: a.caseId,
          correct: a.correct,
          score: a.score,
          mode: a.mode,
          revealed: !!a.revealed,
          at: floorMinute(a.at),
        },
      ]),
    ),
    review: Object.fromEntries(
      Object.entries(state.review).map(([id, e]) => [
        id,
        { ...e, due: floorMinute(e.due), firstWrongAt: floorMinute(e.firstWrongAt) },
      ]),
    ),
  };
}

describe('compact digits', () => {
  it('round-trip numbers at a fixed width and clamp what does not fit', () => {
    for (const n of [0, 1, 63, 64, 4095, 123_456]) expect(decodeDigits(encodeDigits(n, 4))).toBe(n);
    expect(encodeDigits(5000, 2)).toBe('__');
    expect(encodeDigits(-3, 2)).toBe('AA');
    expect(decodeDigits('A|')).toBeNaN();
    expect(decodeDigits('')).toBeNaN();
  });

  it('round-trip sets of slide numbers as bitsets', () => {
    expect(decodeBitset(encodeBitset([]))).toEqual([]);
    const set = [1, 2, 6, 7, 12, 13, 41];
    expect(decodeBitset(encodeBitset(set))).toEqual(set);
    expect(encodeBitset(Array.from({ length: 41 }, (_, i) => i + 1))).toHaveLength(7);
    expect(decodeBitset('A.')).toBeNull();
  });
});

describe('suspend data', () => {
  it('round-trips what the course resumes and reports from', () => {
    const state = someProgress();
    const text = encodeSuspendData(state);
    expect(text.startsWith('v1|')).toBe(true);
    expect(text).toContain('~q64.');
    expect(text).toContain('!free-standing.');
    const decoded = decodeSuspendData(text);
    expect(decoded).not.toBeNull();
    expect(essentials(decoded!)).toEqual(essentials(state));
  });

  it('stays within 4,000 characters at the largest possible progress, with nothing left out', () => {
    const state = largestProgress();
    expect(state.attempts).toHaveLength(2 * cases.reduce((n, c) => n + c.questions.length, 0));
    const text = encodeSuspendData(state);
    // Full detail: the same text as with no limit at all.
    expect(text).toBe(encodeSuspendData(state, Infinity));
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    console.info(`largest suspend_data: ${text.length} characters`);
    const decoded = decodeSuspendData(text)!;
    expect(essentials(decoded)).toEqual(essentials(state));
    for (const c of cases) expect(caseResult(c, decoded.attempts).bestScore).toBe(100);
  });

  it('only uses characters that survive any LMS store', () => {
    expect(encodeSuspendData(largestProgress())).toMatch(/^[A-Za-z0-9_\-.,:;|!~]*$/);
  });

  it('writes every real lecture, case and question id as it is', () => {
    const ids = [
      ...lectureIndex.map((l) => l.frontmatter.id),
      ...cases.flatMap((c) => [c.id, ...c.questions.map((q) => q.id)]),
    ];
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('drops detail, never the limit, when the content outgrows it', () => {
    const state = largestProgress();
    for (const max of [3000, 2000, 500]) {
      const text = encodeSuspendData(state, max);
      expect(text.length).toBeLessThanOrEqual(max);
      const decoded = decodeSuspendData(text)!;
      expect(decoded.lectures).toEqual(decodeSuspendData(encodeSuspendData(state))!.lectures);
    }
    expect(Object.keys(decodeSuspendData(encodeSuspendData(state, 3000))!.review)).toHaveLength(0);
  });

  it('returns null for data that is not ours or is damaged, and never throws', () => {
    for (const bad of [
      undefined,
      null,
      42,
      {},
      '',
      'v1',
      'v2||',
      'hello',
      'v1|x.A.1|',
      'v1||c:',
      'v1||c:q1.',
      '{"a":1}',
    ])
      expect(decodeSuspendData(bad)).toBeNull();
    expect(decodeSuspendData('v1||')).toEqual({ lectures: {}, attempts: [], review: {} });

    const text = encodeSuspendData(someProgress());
    // Every truncation and a spread of single-character corruptions: null or a state, no throw.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const variants = [...Array.from({ length: text.length }, (_, i) => text.slice(0, i))];
    for (let i = 0; i < 2000; i++) {
      const at = Math.floor(random() * text.length);
      const ch = String.fromCharCode(33 + Math.floor(random() * 94));
      variants.push(text.slice(0, at) + ch + text.slice(at + 1));
    }
    for (const variant of variants) {
      const decoded = decodeSuspendData(variant);
      if (decoded) for (const a of decoded.attempts) expect(a.score).toBeLessThanOrEqual(1);
    }
    expect(decodeSuspendData(text.slice(0, -1))).toBeNull();
  });
});
