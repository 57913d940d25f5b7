// Plain substring search for Chinese text (no word splitting needed), with a small list of words a
// learner may type for the same thing, and the matched ranges for highlighting.

/** Words that mean the same here: searching one finds the others. */
export const synonymGroups: readonly (readonly string[])[] = [
  ['忌语', '服务忌语', '禁用语', '服务禁用语'],
  ['退费', '退款', '退还', '返还', '退钱'],
  ['我不知道', '不知道', '不清楚'],
  ['投诉', '抱怨', '申诉'],
  ['赔偿', '补偿', '赔付'],
  ['生气', '愤怒', '发火', '激动'],
  ['话费', '费用', '扣费', '收费'],
  ['道歉', '致歉', '抱歉'],
];

export function normalise(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** The query and the words that mean the same, longest first (so a match covers the most text). */
export function searchTerms(query: string): string[] {
  const q = normalise(query);
  if (!q) return [];
  const terms = new Set([q]);
  for (const group of synonymGroups) if (group.some((word) => word === q)) group.forEach((w) => terms.add(w));
  return [...terms].sort((a, b) => b.length - a.length);
}

export function matchesAny(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const t = normalise(text);
  return terms.some((term) => t.includes(term));
}

export interface Range {
  start: number;
  end: number;
}

/** Where the terms occur in `text` (case-insensitive; spaces inside a match are allowed). */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  // Map each kept (non-space) character back to its place in the original text.
  const places: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    places.push(i);
    folded += text[i].toLowerCase();
  }
  const ranges: Range[] = [];
  for (let i = 0; i < folded.length;) {
    const term = terms.find((t) => folded.startsWith(t, i));
    if (!term) {
      i++;
      continue;
    }
    ranges.push({ start: places[i], end: places[i + term.length - 1] + 1 });
    i += term.length;
  }
  return ranges;
}

/** A piece of `text` around its first match, about `radius` characters either side. */
export function excerpt(text: string, terms: readonly string[], radius = 40): string {
  if (text.length <= radius * 2) return text;
  const first = matchRanges(text, terms)[0];
  if (!first) return `${text.slice(0, radius * 2)}…`;
  const start = Math.max(0, first.start - radius);
  const end = Math.min(text.length, first.end + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
