// Fixed-width numbers in a URL-safe 64-character alphabet: the suspend_data codec's building
// block. LMSs store suspend_data as plain text, so we avoid quotes, '<', '&' and whitespace.

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...DIGITS].map((ch, i) => [ch, i]));

/** `n` as exactly `width` digits, clamped to what fits. */
export function encodeDigits(n: number, width: number): string {
  let value = Math.min(64 ** width - 1, Math.max(0, Math.floor(Number.isFinite(n) ? n : 0)));
  let out = '';
  for (let i = 0; i < width; i++) {
    out = DIGITS[value % 64] + out;
    value = Math.floor(value / 64);
  }
  return out;
}

/** The number `text` spells, or NaN when it holds a character outside the alphabet. */
export function decodeDigits(text: string): number {
  let value = 0;
  for (const ch of text) {
    const digit = VALUE.get(ch);
    if (digit === undefined) return NaN;
    value = value * 64 + digit;
  }
  return text.length > 0 ? value : NaN;
}

/** A set of small positive integers as a bitset, 6 bits per digit, trailing zeros dropped. */
export function encodeBitset(values: number[]): string {
  const bits: number[] = [];
  for (const n of values) {
    const i = n - 1;
    bits[Math.floor(i / 6)] = (bits[Math.floor(i / 6)] ?? 0) | (1 << (i % 6));
  }
  return Array.from(bits, (b) => DIGITS[b ?? 0]).join('');
}

/** The numbers a bitset holds, ascending; null when it holds a character outside the alphabet. */
export function decodeBitset(text: string): number[] | null {
  const values: number[] = [];
  for (let d = 0; d < text.length; d++) {
    const digit = VALUE.get(text[d]);
    if (digit === undefined) return null;
    for (let bit = 0; bit < 6; bit++) if (digit & (1 << bit)) values.push(d * 6 + bit + 1);
  }
  return values;
}
