// Merges two copies of saved progress (this tab's memory and what another tab, an import or the
// LMS holds) so that neither loses the other's data: reading is the union (latest position wins),
// attempts are the union by question and time, reading time is the larger, the review schedule is
// replayed from the merged attempts. A reset or import (`op`) is not merged away: the copy with the
// newer op wins, and the other keeps only what was made after that op.
// Maps and Object.hasOwn only: saved ids never reach a plain object's prototype.
import { compareAttempts } from '../lib/quiz/attempt';
import { type ReviewEntry, scheduleAfterAnswer } from '../lib/quiz/review-schedule';
import { type Attempt, noOp, type PersistedState, type ReplaceOp } from './migrations';

type Lectures = PersistedState['lectures'];
type Time = PersistedState['timeSpent'];

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

function mergeLectures(local: Lectures, remote: Lectures): Lectures {
  let out: Lectures | null = null;
  for (const [id, theirs] of Object.entries(remote)) {
    const ours = own(local, id);
    if (ours && theirs.updatedAt <= ours.updatedAt && theirs.seen.every((n) => ours.seen.includes(n))) continue;
    out ??= { ...local };
    if (!ours) {
      out[id] = theirs;
      continue;
    }
    const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
    out[id] = {
      seen: [...new Set([...ours.seen, ...theirs.seen])].sort((x, y) => x - y),
      last: newer.last,
      updatedAt: newer.updatedAt,
    };
  }
  return out ?? local;
}

/**
 * Two keys name one attempt: its question and time, and its question, counter and result. A copy
 * whose far-future time was clamped on reading (a clock that ran ahead) still matches the original
 * by the second key, so tabs exchanging it never multiply it.
 */
const attemptKeys = (a: Attempt) => [`${a.questionId}@${a.at}`, `${a.questionId}#${a.seq}#${a.durationMs}#${a.score}`];

/** Returns `local` itself when `remote` adds nothing: callers compare by reference. */
function mergeAttempts(local: Attempt[], remote: Attempt[]): Attempt[] {
  if (remote.length === 0) return local;
  const known = new Set(local.flatMap(attemptKeys));
  const added = remote.filter((attempt) => !attemptKeys(attempt).some((key) => known.has(key)));
  return added.length === 0 ? local : [...local, ...added].sort(compareAttempts);
}

/** The review schedule is a pure function of the attempts, so it is rebuilt rather than merged. */
export function replayReview(attempts: Attempt[]): Record<string, ReviewEntry> {
  const review = new Map<string, ReviewEntry>();
  for (const attempt of attempts) {
    const entry = scheduleAfterAnswer(review.get(attempt.questionId), attempt.correct, attempt.mode, attempt.at);
    if (entry) review.set(attempt.questionId, entry);
    else review.delete(attempt.questionId);
  }
  return Object.fromEntries(review);
}

function mergeTime(local: Time, remote: Time): Time {
  let out: Time | null = null;
  for (const [id, ms] of Object.entries(remote)) {
    if (ms <= (own(local, id) ?? 0)) continue;
    out ??= { ...local };
    out[id] = ms;
  }
  return out ?? local;
}

/** Which op is newer: a later count, or (two made at once) the larger id. */
export function compareOps(a: ReplaceOp, b: ReplaceOp): number {
  return a.n - b.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What a copy made after `op`: answers numbered after it, lectures read after it. */
export function madeSince(state: PersistedState, op: ReplaceOp): PersistedState {
  const lectures: Lectures = {};
  for (const [id, progress] of Object.entries(state.lectures)) if (progress.updatedAt > op.at) lectures[id] = progress;
  return { lectures, attempts: state.attempts.filter((a) => a.seq > op.seq), review: {}, timeSpent: {}, op };
}

function union(local: PersistedState, remote: PersistedState): PersistedState {
  const attempts = mergeAttempts(local.attempts, remote.attempts);
  const lectures = mergeLectures(local.lectures, remote.lectures);
  const timeSpent = mergeTime(local.timeSpent, remote.timeSpent);
  if (attempts === local.attempts && lectures === local.lectures && timeSpent === local.timeSpent) return local;
  return {
    lectures,
    attempts,
    review: attempts === local.attempts ? local.review : replayReview(attempts),
    timeSpent,
    op: local.op,
  };
}

/**
 * `local` merged with `remote`. Returns `local` itself when `remote` adds nothing, so a caller can
 * tell cheaply that there is nothing to apply (with 6,000 answers saved, that is most writes).
 */
export function mergePersisted(local: PersistedState, remote: PersistedState): PersistedState {
  const order = compareOps(local.op ?? noOp, remote.op ?? noOp);
  if (order === 0) return union(local, remote);
  if (order > 0) return union(local, madeSince(remote, local.op));
  const kept = madeSince(local, remote.op);
  return kept.attempts.length === 0 && Object.keys(kept.lectures).length === 0 ? remote : union(remote, kept);
}

/** Whether `a` holds everything `b` holds (so writing `a` over `b` loses nothing). */
export function covers(a: PersistedState, b: PersistedState): boolean {
  return mergePersisted(a, b) === a;
}
