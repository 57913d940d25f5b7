// Saved-data versions and the pure migrations between them. zustand's persist drops saved state
// on a version bump without `migrate`, so every version must be handled here and unit-tested.
// Valibot (not zod) here: its schemas tree-shake to a few KB, and this runs on the first screen.
import * as v from 'valibot';
import { lectures } from '../lib/content/lectures';
import type { Answer } from '../lib/quiz/answers';
import { compareAttempts } from '../lib/quiz/attempt';
import { LAST_BOX } from '../lib/quiz/review-schedule';
import {
  count,
  DAY_MS,
  finite,
  keepValid,
  keepValidEntries,
  listOf,
  moment,
  nonNegative,
  recordOf,
  safeId,
} from './saved-values';

export const STORE_VERSION = 4;

const lectureSlideCounts = new Map(lectures.map((l) => [l.frontmatter.id as string, l.slides.length]));
const isLectureId = (id: string) => lectureSlideCounts.has(id);
const MAX_ATTEMPTS = 20_000;
const MAX_REVIEW_ENTRIES = 5_000;
/** A slide number no lecture reaches; the real count is checked per lecture below. */
const MAX_SLIDE = 999;

const slideNumber = v.pipe(count, v.minValue(1), v.maxValue(MAX_SLIDE));

/** Each slide number is checked on its own: one bad value no longer empties the list. */
const seenSchema = v.pipe(
  v.fallback(v.array(v.unknown()), []),
  v.transform((list) => [...new Set(keepValid(slideNumber, MAX_SLIDE)(list))]),
  v.transform((list) => list.sort((a, b) => a - b)),
);

const lectureProgressSchema = v.object({
  seen: seenSchema,
  last: v.fallback(slideNumber, 1),
  updatedAt: v.fallback(moment, 0),
});

type LectureRecord = Record<string, v.InferOutput<typeof lectureProgressSchema>>;

/** Slides past a lecture's end are dropped (the lecture index knows every lecture's length). */
function withinLecture(lecturesById: LectureRecord): LectureRecord {
  const out: LectureRecord = {};
  for (const [id, progress] of Object.entries(lecturesById)) {
    const slides = lectureSlideCounts.get(id) ?? MAX_SLIDE;
    out[id] = { ...progress, seen: progress.seen.filter((n) => n <= slides), last: Math.min(progress.last, slides) };
  }
  return out;
}

const lecturesSchema = v.pipe(
  v.fallback(v.record(v.string(), v.unknown()), {}),
  v.transform(
    keepValidEntries(
      v.fallback(lectureProgressSchema, () => ({ seen: [], last: 1, updatedAt: 0 })),
      lectureSlideCounts.size,
      isLectureId,
    ),
  ),
  v.transform(withinLecture),
);

/** Version 1 (the foundation): reading progress per lecture. Unknown fields are dropped. */
export const persistedV1Schema = v.object({ lectures: lecturesSchema });
export type PersistedV1 = v.InferOutput<typeof persistedV1Schema>;

const attemptSchema = v.object({
  questionId: safeId,
  caseId: safeId,
  // Answers are kept as saved; grading re-checks their shape.
  answer: v.pipe(
    v.unknown(),
    v.transform((a) => (a ?? null) as Answer | null),
  ),
  correct: v.boolean(),
  score: v.pipe(finite, v.minValue(0), v.maxValue(1)),
  at: moment,
  durationMs: v.fallback(v.pipe(nonNegative, v.maxValue(DAY_MS)), 0),
  mode: v.fallback(v.picklist(['lecture', 'bank', 'exam', 'review']), 'lecture'),
  revealed: v.optional(v.boolean()),
  /** The shuffle a question was shown with (the assessment records it). */
  seed: v.optional(finite),
  /** This browser's answer counter: orders attempts even when the clock jumps (version 4). */
  seq: v.optional(count),
});
export type SavedAttempt = v.InferOutput<typeof attemptSchema>;

const reviewEntrySchema = v.object({
  box: v.pipe(count, v.minValue(1), v.maxValue(LAST_BOX)),
  due: moment,
  lastWrong: v.fallback(v.boolean(), false),
  wrongCount: v.fallback(v.pipe(count, v.maxValue(9_999)), 1),
  firstWrongAt: v.fallback(moment, 0),
});

/** Version 2 (the quiz engine): adds every quiz attempt and the review schedule. */
export const persistedV2Schema = v.object({
  ...persistedV1Schema.entries,
  attempts: listOf(attemptSchema, MAX_ATTEMPTS),
  review: recordOf(reviewEntrySchema, MAX_REVIEW_ENTRIES),
});
export type PersistedV2 = v.InferOutput<typeof persistedV2Schema>;

/** Version 3 (progress page): adds reading time per lecture, in ms (at most 1,000 hours). */
export const persistedV3Schema = v.object({
  ...persistedV2Schema.entries,
  timeSpent: recordOf(v.pipe(nonNegative, v.maxValue(1_000 * 3_600_000)), lectureSlideCounts.size, isLectureId),
});
export type PersistedV3 = v.InferOutput<typeof persistedV3Schema>;

/**
 * Version 4: every attempt carries `seq`, and the data carries the last reset or import (`op`):
 * `n` counts them, `id` tells two made at once apart, `seq` is the highest answer counter it
 * replaced, `at` when it was made. Other tabs apply a newer op as a replacement, not a merge.
 */
const opSchema = v.object({
  n: count,
  id: v.pipe(v.string(), v.maxLength(40)),
  at: v.fallback(moment, 0),
  seq: count,
});
export type ReplaceOp = v.InferOutput<typeof opSchema>;
export const noOp: ReplaceOp = { n: 0, id: '', at: 0, seq: 0 };

export type Attempt = SavedAttempt & { seq: number };

/** Attempts without a counter (older data) get one in the order they were made. */
function numbered(attempts: SavedAttempt[]): Attempt[] {
  let next = attempts.reduce((max, a) => Math.max(max, a.seq ?? 0), 0);
  const unnumbered = attempts.filter((a) => a.seq === undefined).sort((a, b) => a.at - b.at);
  const seqOf = new Map(unnumbered.map((a) => [a, ++next]));
  return attempts.map((a) => ({ ...a, seq: a.seq ?? seqOf.get(a)! })).sort(compareAttempts);
}

const persistedV4Schema = v.pipe(
  v.object({ ...persistedV3Schema.entries, op: v.fallback(opSchema, () => ({ ...noOp })) }),
  v.transform((state) => ({ ...state, attempts: numbered(state.attempts) })),
);
export type PersistedState = v.InferOutput<typeof persistedV4Schema>;

const asObject = (data: unknown) => (typeof data === 'object' && data !== null ? data : {});

function fromV1(data: unknown): PersistedV2 {
  const v1 = v.parse(persistedV1Schema, asObject(data));
  return { ...v1, attempts: [], review: {} };
}

function fromV2(data: unknown): PersistedV3 {
  const v2 = v.parse(persistedV2Schema, asObject(data));
  return { ...v2, timeSpent: {} };
}

// Version 3 → 4 needs no step of its own: `numbered` gives old attempts their counter.

/** Fills defaults and drops unknown fields in saved data of the current version. */
export function normalise(data: unknown): PersistedState {
  return v.parse(persistedV4Schema, asObject(data));
}

/** Brings saved data of any known version up to STORE_VERSION. Throws on an unknown version. */
export function migrate(persisted: unknown, version: number): PersistedState {
  if (version > STORE_VERSION)
    throw new Error(`saved data has version ${version}, newer than this app (${STORE_VERSION})`);
  if (version < 1) throw new Error(`saved data has unknown version ${version}`);
  let data: unknown = persisted;
  if (version <= 1) data = fromV1(data);
  if (version <= 2) data = fromV2(data);
  return normalise(data);
}
