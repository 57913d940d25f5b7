// Reading the shared activity timer (deck-state.ts) for display.
import { type ActivityTimer, timerRemaining } from '../deck-state';

export type TimerPhase = 'idle' | 'running' | 'paused' | 'done';

export const MAX_TIMER_MINUTES = 180;

export function timerPhase(timer: ActivityTimer, now: number): TimerPhase {
  const remaining = timerRemaining(timer, now);
  if (remaining <= 0) return 'done';
  if (timer.endsAt !== null) return 'running';
  return remaining < timer.durationMs ? 'paused' : 'idle';
}

/** mm:ss, rounded up: a 60-second timer shows 01:00 as it starts and 00:00 only when it is over. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

/** “1 分 30 秒” for screen readers and the duration hint. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} 秒`;
  return rest === 0 ? `${minutes} 分钟` : `${minutes} 分 ${rest} 秒`;
}

/** Minutes typed by the instructor (decimals allowed, e.g. 1.5) to ms; null unless 0 < m ≤ 180. */
export function parseMinutes(input: string): number | null {
  const text = input.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const minutes = Number(text);
  if (minutes <= 0 || minutes > MAX_TIMER_MINUTES) return null;
  const ms = Math.round(minutes * 60) * 1000;
  return ms > 0 ? ms : null;
}
