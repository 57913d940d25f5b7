// Reading progress: raw facts only (which slides were seen, where the reader stopped).
import type { StateCreator } from 'zustand';
import type { LectureId } from '../lib/quiz/types';

export interface LectureProgress {
  /** 1-based slide numbers seen, ascending, no duplicates. */
  seen: number[];
  /** The slide the reader was at last (1-based). */
  last: number;
  /** When the reader was last here (ms since epoch). */
  updatedAt: number;
}

export interface ProgressSlice {
  lectures: Partial<Record<LectureId, LectureProgress>>;
  /** Time spent reading each lecture, in ms. */
  timeSpent: Partial<Record<LectureId, number>>;
  addReadingTime: (lectureId: LectureId, ms: number) => void;
  markSeen: (lectureId: LectureId, slide: number, now?: number) => void;
  setLastPosition: (lectureId: LectureId, slide: number, now?: number) => void;
}

export const emptyLectureProgress: LectureProgress = { seen: [], last: 1, updatedAt: 0 };

function insertSorted(list: number[], value: number): number[] {
  if (list.includes(value)) return list;
  return [...list, value].sort((a, b) => a - b);
}

export const createProgressSlice: StateCreator<ProgressSlice, [], [], ProgressSlice> = (set) => ({
  lectures: {},
  timeSpent: {},
  addReadingTime: (lectureId, ms) =>
    set((state) => ({
      timeSpent: { ...state.timeSpent, [lectureId]: (state.timeSpent[lectureId] ?? 0) + Math.max(0, ms) },
    })),
  markSeen: (lectureId, slide, now = Date.now()) =>
    set((state) => {
      const current = state.lectures[lectureId] ?? emptyLectureProgress;
      if (current.seen.includes(slide)) return state;
      return {
        lectures: {
          ...state.lectures,
          [lectureId]: { ...current, seen: insertSorted(current.seen, slide), updatedAt: now },
        },
      };
    }),
  setLastPosition: (lectureId, slide, now = Date.now()) =>
    set((state) => {
      const current = state.lectures[lectureId] ?? emptyLectureProgress;
      if (current.last === slide && current.updatedAt !== 0) return state;
      return { lectures: { ...state.lectures, [lectureId]: { ...current, last: slide, updatedAt: now } } };
    }),
});
