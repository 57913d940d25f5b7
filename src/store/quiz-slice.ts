// Every quiz attempt, saved as a raw fact; scores and statuses are derived by selectors.
import type { StateCreator } from 'zustand';
import type { Attempt } from '../lib/quiz/attempt';
import { type ReviewEntry, scheduleAfterAnswer } from '../lib/quiz/review-schedule';

export interface QuizSlice {
  attempts: Attempt[];
  review: Record<string, ReviewEntry>;
  recordAttempt: (attempt: Attempt) => void;
}

export const createQuizSlice: StateCreator<QuizSlice, [], [], QuizSlice> = (set) => ({
  attempts: [],
  review: {},
  recordAttempt: (attempt) =>
    set((state) => {
      const entry = scheduleAfterAnswer(state.review[attempt.questionId], attempt.correct, attempt.mode, attempt.at);
      const review = { ...state.review };
      if (entry) review[attempt.questionId] = entry;
      else delete review[attempt.questionId];
      return { attempts: [...state.attempts, attempt], review };
    }),
});
