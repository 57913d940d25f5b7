import { useEffect } from 'react';
import type { LectureId } from '../../lib/quiz/types';
import { useAppStore } from '../../store/app-store';

const TICK_MS = 10_000;
/** A longer gap between ticks means the computer slept: count at most this much of it. */
const MAX_TICK_MS = 60_000;

/** Counts the time the lecture is open and visible, for the progress page. */
export function useReadingTime(lectureId: LectureId) {
  useEffect(() => {
    let last = Date.now();
    const flush = () => {
      const now = Date.now();
      if (document.visibilityState === 'visible') {
        useAppStore.getState().addReadingTime(lectureId, Math.min(now - last, MAX_TICK_MS));
      }
      last = now;
    };
    const timer = setInterval(flush, TICK_MS);
    document.addEventListener('visibilitychange', flush);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [lectureId]);
}
