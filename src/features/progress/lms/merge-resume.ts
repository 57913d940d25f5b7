// Folds the LMS's resume state into local progress (the learner may have used another computer).
// Local progress is never lost: seen slides are united, local attempts are kept, and the LMS's
// answers are added only where they are newer than anything answered here.
import type { Attempt } from '../../../lib/quiz/attempt';
import type { ReviewEntry } from '../../../lib/quiz/review-schedule';
import type { ResumeState } from './suspend-data';

function latestAt(attempts: Attempt[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const a of attempts) latest.set(a.questionId, Math.max(latest.get(a.questionId) ?? -Infinity, a.at));
  return latest;
}

function mergeLectures(local: ResumeState['lectures'], remote: ResumeState['lectures']) {
  let changed = false;
  const out = { ...local };
  for (const [id, theirs] of Object.entries(remote)) {
    if (!theirs) continue;
    const ours = out[id];
    const seen = [...new Set([...(ours?.seen ?? []), ...theirs.seen])].sort((a, b) => a - b);
    const base = !ours || theirs.updatedAt > ours.updatedAt ? theirs : ours;
    if (base === ours && seen.length === ours.seen.length) continue;
    out[id] = { ...base, seen };
    changed = true;
  }
  return { lectures: out, changed };
}

/** The merged state, or null when the LMS knows nothing that local progress lacks. */
export function mergeResume(local: ResumeState, remote: ResumeState): ResumeState | null {
  const lectures = mergeLectures(local.lectures, remote.lectures);
  const ours = latestAt(local.attempts);
  const added = remote.attempts.filter((a) => a.at > (ours.get(a.questionId) ?? -Infinity));
  const review: Record<string, ReviewEntry> = { ...local.review };
  // Where the LMS holds the newer answer, its review schedule is the newer one too.
  for (const questionId of new Set(added.map((a) => a.questionId))) {
    const entry = remote.review[questionId];
    if (entry) review[questionId] = entry;
    else delete review[questionId];
  }
  if (!lectures.changed && added.length === 0) return null;
  return {
    lectures: lectures.lectures,
    attempts: [...local.attempts, ...added].sort((a, b) => a.at - b.at),
    review,
  };
}
