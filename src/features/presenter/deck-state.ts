// The classroom deck's shared state: what the audience sees. Not persisted (DESIGN.md): it lives
// in memory and is kept in step between the presenter console and audience windows.

export type DeckOverlay = 'none' | 'scoreboard' | 'timer' | 'pick';

export interface ActivityTimer {
  label: string;
  durationMs: number;
  /** When it runs: the moment it reaches zero (ms since epoch, this machine's clock). */
  endsAt: number | null;
  /** When paused or not started: what is left. */
  remainingMs: number;
}

export interface DeckState {
  lectureId: string;
  /** 1-based */
  slide: number;
  /** Step reveals shown on the current slide. */
  step: number;
  blackout: boolean;
  /** Question ids whose answers the instructor has revealed to the class. */
  revealedAnswers: string[];
  overlay: DeckOverlay;
  timer: ActivityTimer | null;
  /** The last random pick (“3 号”, a team's name), shown on the projector while overlay is 'pick'. */
  pick: string | null;
}

export const initialDeckState: DeckState = {
  lectureId: '',
  slide: 1,
  step: 0,
  blackout: false,
  revealedAnswers: [],
  overlay: 'none',
  timer: null,
  pick: null,
};

export function timerRemaining(timer: ActivityTimer, now: number): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

export function startTimer(timer: ActivityTimer, now: number): ActivityTimer {
  const remaining = timerRemaining(timer, now) || timer.durationMs;
  return { ...timer, endsAt: now + remaining, remainingMs: remaining };
}

export function pauseTimer(timer: ActivityTimer, now: number): ActivityTimer {
  return { ...timer, endsAt: null, remainingMs: timerRemaining(timer, now) };
}

export function newTimer(label: string, durationMs: number): ActivityTimer {
  return { label, durationMs, endsAt: null, remainingMs: durationMs };
}
