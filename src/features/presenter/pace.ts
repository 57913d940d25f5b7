// Is the class on schedule? Compares the slide reached with where the plan (the lecture's
// duration, spread evenly over its slides) says it should be by now.

export type PaceStatus = 'ahead' | 'on-track' | 'behind';

export interface Pace {
  /** The slide the plan expects by now (1-based). */
  expectedSlide: number;
  status: PaceStatus;
}

export function pace(elapsedMs: number, plannedMinutes: number, slide: number, count: number): Pace {
  const share = plannedMinutes > 0 ? Math.min(1, elapsedMs / (plannedMinutes * 60_000)) : 0;
  const expectedSlide = Math.max(1, Math.min(count, Math.round(1 + share * (count - 1))));
  // A little slack: a slide or two either way (5% of a long lecture) is still on track.
  const tolerance = Math.max(1, Math.round(count * 0.05));
  const status =
    slide - expectedSlide > tolerance ? 'ahead' : expectedSlide - slide > tolerance ? 'behind' : 'on-track';
  return { expectedSlide, status };
}

export const paceLabels: Record<PaceStatus, string> = {
  ahead: '比计划快',
  'on-track': '进度正常',
  behind: '比计划慢',
};

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
