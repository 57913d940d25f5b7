// The building blocks every saved value is checked with (storage, an import, the LMS, a channel
// message): finite numbers, sane dates, safe ids, bounded lists. One bad item is dropped alone.
import * as v from 'valibot';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Nothing in this course was saved before 2020: an earlier date is a broken clock or a forgery. */
export const EARLIEST_DATE = Date.UTC(2020, 0, 1);

export const finite = v.pipe(v.number(), v.finite());
export const nonNegative = v.pipe(finite, v.minValue(0));
export const count = v.pipe(finite, v.integer(), v.minValue(0));

/**
 * A moment (ms since epoch): not before 2020; more than a day ahead of now (a clock that ran
 * ahead, or a forged file) is clamped to now, so it cannot outrank what the learner does next.
 */
export const moment = v.pipe(
  finite,
  v.minValue(EARLIEST_DATE),
  v.transform((at) => {
    const now = Date.now();
    return at > now + DAY_MS ? now : at;
  }),
);

/** Ids name content (a-z, digits, '-'); names that Object.prototype has (toString…) are refused. */
export const isSafeId = (id: string) => /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/.test(id) && !(id in Object.prototype);
export const safeId = v.pipe(v.string(), v.check(isSafeId));

/** Runs one schema over each item of a list and keeps the items that pass (at most `max`, the newest). */
export function keepValid<T>(schema: v.GenericSchema<unknown, T>, max: number) {
  return (list: unknown[]): T[] => {
    const out: T[] = [];
    for (const item of list.slice(-max)) {
      const parsed = v.safeParse(schema, item);
      if (parsed.success) out.push(parsed.output);
    }
    return out;
  };
}

/** The same for a record: a bad key or value drops that entry only; the result has no prototype keys. */
export function keepValidEntries<T>(
  schema: v.GenericSchema<unknown, T>,
  max: number,
  isKnownKey: (key: string) => boolean = isSafeId,
) {
  return (record: Record<string, unknown>): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(record).slice(0, max)) {
      if (!isKnownKey(key)) continue;
      const parsed = v.safeParse(schema, value);
      if (parsed.success) out[key] = parsed.output;
    }
    return out;
  };
}

/** A list (or record) that is kept item by item; anything else reads as empty. */
export const listOf = <T>(schema: v.GenericSchema<unknown, T>, max: number) =>
  v.pipe(v.fallback(v.array(v.unknown()), []), v.transform(keepValid(schema, max)));

export const recordOf = <T>(schema: v.GenericSchema<unknown, T>, max: number, isKnownKey?: (key: string) => boolean) =>
  v.pipe(v.fallback(v.record(v.string(), v.unknown()), {}), v.transform(keepValidEntries(schema, max, isKnownKey)));
