// Saved-data versions and the pure migrations between them. zustand's persist drops saved state
// on a version bump without `migrate`, so every version must be handled here and unit-tested.
// Valibot (not zod) here: its schemas tree-shake to a few KB, and this runs on the first screen.
import * as v from 'valibot';
import type { Answer } from '../lib/quiz/answers';

export const STORE_VERSION = 3;

const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));

const lectureProgressSchema = v.object({
  seen: v.fallback(v.array(positiveInt), []),
  last: v.fallback(positiveInt, 1),
  updatedAt: v.fallback(v.number(), 0),
});

/** Version 1 (the foundation): reading progress per lecture. Unknown fields are dropped. */
export const persistedV1Schema = v.object({
  lectures: v.fallback(
    v.record(
      v.string(),
      v.fallback(lectureProgressSchema, () => ({ seen: [], last: 1, updatedAt: 0 })),
    ),
    {},
  ),
});
export type PersistedV1 = v.InferOutput<typeof persistedV1Schema>;

const attemptSchema = v.object({
  questionId: v.string(),
  caseId: v.string(),
  // Answers are kept as saved; grading re-checks their shape.
  answer: v.pipe(
    v.unknown(),
    v.transform((a) => (a ?? null) as Answer | null),
  ),
  correct: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  at: v.number(),
  durationMs: v.fallback(v.number(), 0),
  mode: v.fallback(v.picklist(['lecture', 'bank', 'exam', 'review']), 'lecture'),
  revealed: v.optional(v.boolean()),
  seed: v.optional(v.number()),
});
export type SavedAttempt = v.InferOutput<typeof attemptSchema>;

const reviewEntrySchema = v.object({
  box: positiveInt,
  due: v.number(),
  lastWrong: v.fallback(v.boolean(), false),
  wrongCount: v.fallback(v.pipe(v.number(), v.integer()), 1),
  firstWrongAt: v.fallback(v.number(), 0),
});

/** One malformed attempt (or review entry) is dropped rather than losing all the others. */
function keepValid<T>(schema: v.GenericSchema<unknown, T>) {
  return (list: unknown[]): T[] =>
    list.flatMap((item) => {
      const parsed = v.safeParse(schema, item);
      return parsed.success ? [parsed.output] : [];
    });
}

function keepValidEntries<T>(schema: v.GenericSchema<unknown, T>) {
  return (record: Record<string, unknown>): Record<string, T> =>
    Object.fromEntries(
      Object.entries(record).flatMap(([key, value]) => {
        const parsed = v.safeParse(schema, value);
        return parsed.success ? [[key, parsed.output]] : [];
      }),
    );
}

/** Version 2 (the quiz engine): adds every quiz attempt and the review schedule. */
export const persistedV2Schema = v.object({
  ...persistedV1Schema.entries,
  attempts: v.pipe(v.fallback(v.array(v.unknown()), []), v.transform(keepValid(attemptSchema))),
  review: v.pipe(v.fallback(v.record(v.string(), v.unknown()), {}), v.transform(keepValidEntries(reviewEntrySchema))),
});
export type PersistedV2 = v.InferOutput<typeof persistedV2Schema>;

/** Version 3 (progress page): adds reading time per lecture, in ms. */
export const persistedV3Schema = v.object({
  ...persistedV2Schema.entries,
  timeSpent: v.pipe(
    v.fallback(v.record(v.string(), v.unknown()), {}),
    v.transform(keepValidEntries(v.pipe(v.number(), v.minValue(0)))),
  ),
});
export type PersistedV3 = v.InferOutput<typeof persistedV3Schema>;
export type PersistedState = PersistedV3;

const asObject = (data: unknown) => (typeof data === 'object' && data !== null ? data : {});

function fromV1(data: unknown): PersistedV2 {
  const v1 = v.parse(persistedV1Schema, asObject(data));
  return { ...v1, attempts: [], review: {} };
}

function fromV2(data: unknown): PersistedV3 {
  const v2 = v.parse(persistedV2Schema, asObject(data));
  return { ...v2, timeSpent: {} };
}

/** Fills defaults and drops unknown fields in saved data of the current version. */
export function normalise(data: unknown): PersistedState {
  return v.parse(persistedV3Schema, asObject(data));
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
