// Merges two copies of saved progress (two tabs, or this tab and what another tab saved) so that
// neither overwrites the other's newer data: reading is the union, attempts are the union, the
// review schedule is replayed from the merged attempts.
import type { Attempt } from '../lib/quiz/attempt';
import { type ReviewEntry, scheduleAfterAnswer } from '../lib/quiz/review-schedule';
import type { PersistedState } from './migrations';

type Lectures = PersistedState['lectures'];

function mergeLectures(a: Lectures, b: Lectures): Lectures {
  const out: Lectures = { ...a };
  for (const [id, theirs] of Object.entries(b)) {
    const ours = out[id];
    if (!ours) {
      out[id] = theirs;
      continue;
    }
    // On a tie the second argument (the write being made) wins.
    const newer = theirs.updatedAt >= ours.updatedAt ? theirs : ours;
    out[id] = {
      seen: [...new Set([...ours.seen, ...theirs.seen])].sort((x, y) => x - y),
      last: newer.last,
      updatedAt: newer.updatedAt,
    };
  }
  return out;
}

function mergeAttempts(a: Attempt[], b: Attempt[]): Attempt[] {
  const byKey = new Map<string, Attempt>();
  for (const attempt of [...a, ...b]) byKey.set(`${attempt.questionId}@${attempt.at}`, attempt);
  return [...byKey.values()].sort((x, y) => x.at - y.at);
}

/** The review schedule is a pure function of the attempts, so it is rebuilt rather than merged. */
export function replayReview(attempts: Attempt[]): Record<string, ReviewEntry> {
  const review: Record<string, ReviewEntry> = {};
  for (const attempt of attempts) {
    const entry = scheduleAfterAnswer(review[attempt.questionId], attempt.correct, attempt.mode, attempt.at);
    if (entry) review[attempt.questionId] = entry;
    else delete review[attempt.questionId];
  }
  return review;
}

function mergeTime(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [id, ms] of Object.entries(b)) out[id] = Math.max(out[id] ?? 0, ms);
  return out;
}

export function mergePersisted(a: PersistedState, b: PersistedState): PersistedState {
  const attempts = mergeAttempts(a.attempts, b.attempts);
  return {
    lectures: mergeLectures(a.lectures, b.lectures),
    attempts,
    review: replayReview(attempts),
    timeSpent: mergeTime(a.timeSpent, b.timeSpent),
  };
}
