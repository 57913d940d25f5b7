/**
 * A random index in [0, count), never `previous` when another is possible: the same team or
 * number twice in a row looks like a broken draw to the room. Uniform over the others.
 */
export function pickIndex(count: number, previous: number | null, random: () => number = Math.random): number {
  if (count <= 1) return 0;
  const avoid = previous !== null && previous >= 0 && previous < count;
  const choices = avoid ? count - 1 : count;
  const r = Math.min(choices - 1, Math.floor(random() * choices));
  return avoid && r >= previous ? r + 1 : r;
}

export const MAX_PICK_NUMBER = 999;

/** The N of “1 到 N”, or null unless a whole number from 1 to 999. */
export function parseMax(input: string): number | null {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_PICK_NUMBER ? n : null;
}
