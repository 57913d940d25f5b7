import { describe, expect, it } from 'vitest';
import { course } from '../../content/course';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('the projector theme in content/course.ts', () => {
  const t = course.theme;
  it.each([
    ['body text on the slide', t['--deck-ink'], t['--deck-paper']],
    ['secondary text and footer', t['--deck-ink-soft'], t['--deck-paper']],
    ['a part divider’s title on the accent', t['--deck-on-accent'], t['--deck-accent']],
    ['the customer’s demand on its tint', t['--deck-ink'], t['--deck-accent-tint']],
    ['bold text on the tint', t['--deck-accent-ink'], t['--deck-accent-tint']],
    ['bold text on the slide', t['--deck-accent-ink'], t['--deck-paper']],
  ])('%s keeps a contrast of 7:1 or more (back row of a lit room)', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(7);
  });

  it('names only --deck-* variables, so a company brands the slides here', () => {
    for (const name of Object.keys(t)) expect(name).toMatch(/^--deck-[a-z-]+$/);
  });
});
