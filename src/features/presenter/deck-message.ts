// What a deck window accepts from the BroadcastChannel: any same-origin page can post there (an
// older copy of the course, a second console, another package in the LMS), so a message is checked
// in full and ignored when malformed. A timestamp must be finite and at most a minute ahead, or one
// message (at: Infinity) would outrank every later change for good.
// To add a field or a message kind: add it to `deckStateEntries` or `deckMessageSchemas`.
import * as v from 'valibot';
import { isSafeId } from '../../store/saved-values';
import type { DeckState } from './deck-state';

const MAX_AHEAD_MS = 60_000;
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const ms = v.pipe(v.number(), v.finite(), v.minValue(0));

const timerSchema = v.object({
  label: v.pipe(v.string(), v.maxLength(80)),
  durationMs: v.pipe(ms, v.maxValue(24 * 3_600_000)),
  endsAt: v.nullable(ms),
  remainingMs: v.pipe(ms, v.maxValue(24 * 3_600_000)),
});

export const deckStateEntries = {
  lectureId: v.pipe(
    v.string(),
    v.check((id) => id === '' || isSafeId(id)),
  ),
  slide: int(1, 999),
  step: int(0, 999),
  blackout: v.boolean(),
  revealedAnswers: v.pipe(v.array(v.pipe(v.string(), v.check(isSafeId))), v.maxLength(1_000)),
  overlay: v.picklist(['none', 'scoreboard', 'timer', 'pick']),
  timer: v.nullable(timerSchema),
  // Optional: a window of the course from before random picks reached the projector sends none.
  pick: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(80))), null),
};

const from = v.pipe(v.string(), v.maxLength(64));

export const deckMessageSchemas = [
  v.object({ kind: v.literal('hello'), from }),
  v.object({
    kind: v.literal('state'),
    from,
    at: v.pipe(
      v.number(),
      v.finite(),
      v.minValue(0),
      v.check((at) => at <= Date.now() + MAX_AHEAD_MS),
    ),
    state: v.object(deckStateEntries),
  }),
] as const;

const deckMessageSchema = v.variant('kind', [...deckMessageSchemas]);

/** Written out, so that this stops compiling if the schema misses a field of DeckState. */
export type DeckMessage =
  { kind: 'hello'; from: string } | { kind: 'state'; from: string; at: number; state: DeckState };

/** The message if it is well formed, else null (ignored). */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  const parsed = v.safeParse(deckMessageSchema, data);
  return parsed.success ? parsed.output : null;
}
