// A certificate's number and date, derived from the progress that earned it, so printing it again
// gives the same number, and different progress (or another name) a different one.
import { latestAttempts } from '../../lib/quiz/case-scores';
import type { PersistedState } from '../../store/migrations';

/** When the course was completed: the time of the last answer that counts (the latest per question). */
export function completedAt(state: PersistedState): number {
  let at = 0;
  for (const attempt of latestAttempts(state.attempts).values()) at = Math.max(at, attempt.at);
  return at;
}

/** FNV-1a, 32 bits: small and stable; this is an identifier, not a security measure. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** e.g. KS-20260105-3F9A1C2B: the completion date, then a digest of the name and every latest answer. */
export function certificateNumber(state: PersistedState, name: string): string {
  const latest = [...latestAttempts(state.attempts).values()]
    .map((a) => `${a.questionId}:${a.score}:${a.at}`)
    .sort()
    .join('|');
  const when = new Date(completedAt(state));
  const day = `${when.getFullYear()}${String(when.getMonth() + 1).padStart(2, '0')}${String(when.getDate()).padStart(2, '0')}`;
  return `KS-${day}-${fnv1a(`${name}\n${latest}`).toString(16).toUpperCase().padStart(8, '0')}`;
}
