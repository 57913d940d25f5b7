// Every quiz attempt, saved as a raw fact; scores and statuses are derived by selectors.
import type { StateCreator } from 'zustand';
import type { Attempt } from '../lib/quiz/attempt';
import { type ReviewEntry, scheduleAfterAnswer } from '../lib/quiz/review-schedule';

export interface QuizSlice {
  attempts: Attempt[];
  review: Record<string, ReviewEntry>;
  recordAttempt: (attempt: Attempt) => void;
}

/** The counter floor a reset or import leaves (see ReplaceOp in migrations.ts). */
type WithOp = QuizSlice & { op: { seq: number } };

export const createQuizSlice: StateCreator<WithOp, [], [], QuizSlice> = (set) => ({
  attempts: [],
  review: {},
  recordAttempt: (attempt) =>
    set((state) => {
      // Never before an answer already made, even if the clock was set back (a monotonic time),
      // and numbered after every answer this tab knows of (the tie-breaker once times are clamped).
      let lastAt = 0;
      let lastSeq = state.op.seq;
      for (const a of state.attempts) {
        lastAt = Math.max(lastAt, a.at);
        lastSeq = Math.max(lastSeq, a.seq ?? 0);
      }
      const at = Math.max(attempt.at, lastAt + 1);
      const entry = scheduleAfterAnswer(state.review[attempt.questionId], attempt.correct, attempt.mode, at);
      const review = { ...state.review };
      if (entry) review[attempt.questionId] = entry;
      else delete review[attempt.questionId];
      return { attempts: [...state.attempts, { ...attempt, at, seq: lastSeq + 1 }], review };
    }),
});
