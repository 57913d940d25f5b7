// Deterministic shuffling. Practice and exam attempts draw a numeric seed, store it on the attempt
// and shuffle with it, so a review or replay of that attempt shows the order the learner saw.

export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Shuffled by a seed; if that happens to keep the original order, rotated by one (for ordering tasks). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = shuffle(items, seededRandom(seed));
  if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
  return out;
}

/** A fresh seed for one attempt (a positive 31-bit integer, stored on the attempt). */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * 0x7ffffffe);
}

/**
 * The attempt's order of a question's items: the same seed and question always give the same order;
 * without a seed, the written order. Any order is possible, the written one included, so a key's
 * position says nothing.
 */
export function attemptOrder<T>(items: readonly T[], questionId: string, seed: number | undefined): T[] {
  return seed === undefined ? [...items] : shuffle(items, seededRandom(`${questionId}#${seed}`));
}
