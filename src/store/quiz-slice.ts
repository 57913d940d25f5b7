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
      const entry = scheduleAfterAnswer(state.review[attempt.questionId], attempt.correct, attempt.mode, attempt.at);
      const review = { ...state.review };
      if (entry) review[attempt.questionId] = entry;
      else delete review[attempt.questionId];
      // Numbered after every answer this tab knows of: the order survives a clock that jumps.
      const seq = Math.max(state.attempts.at(-1)?.seq ?? 0, state.op.seq) + 1;
      return { attempts: [...state.attempts, { ...attempt, seq }], review };
    }),
});
