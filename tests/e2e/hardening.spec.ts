import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { clearProgress, expect, test } from './fixtures';

const screens = [
  '#/',
  '#/lectures/understanding/18',
  '#/lectures/difficult/21',
  '#/cases',
  '#/cases/info-fee-35',
  '#/exam',
  '#/review',
  '#/handbook',
  '#/about',
  '#/progress',
  '#/classroom',
  '#/presenter/understanding/14',
  '#/present/understanding/18',
  '#/print/toolbox',
  '#/no-such-page',
];

async function collectCspViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

test('the app works under its Content-Security-Policy with no violation on any screen', async ({ page }) => {
  await collectCspViolations(page);
  await clearProgress(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  for (const hash of screens) {
    await page.goto(`./${hash}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1, h2').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), hash).toEqual(
      [],
    );
  }
});

for (const [width, height] of [
  [360, 740],
  [1920, 1080],
]) {
  test(`every screen fits ${width}×${height} without horizontal scrolling or overlapping text`, async ({ page }) => {
    test.setTimeout(120_000);
    mkdirSync('tests/e2e/artifacts', { recursive: true });
    await page.setViewportSize({ width, height });
    await clearProgress(page);
    for (const hash of screens) {
      await page.goto(`./${hash}`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('h1, h2').first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${hash} scrolls sideways`).toBeLessThanOrEqual(0);
      // Headings, paragraphs, list items, labels and buttons that overlap each other on screen.
      // Headings, paragraphs, list items, labels and buttons drawn over each other (checked at the
      // top of the page; text clipped by a scrolling box, or off screen, is not drawn and not counted).
      const overlaps = await page.evaluate(() => {
        window.scrollTo(0, 0);
        const visibleRect = (el: HTMLElement) => {
          let r = el.getBoundingClientRect();
          let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          for (let a = el.parentElement; a; a = a.parentElement) {
            const style = getComputedStyle(a);
            if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
            r = a.getBoundingClientRect();
            box = {
              left: Math.max(box.left, r.left),
              top: Math.max(box.top, r.top),
              right: Math.min(box.right, r.right),
              bottom: Math.min(box.bottom, r.bottom),
            };
          }
          box = {
            left: Math.max(box.left, 0),
            top: Math.max(box.top, 0),
            right: Math.min(box.right, innerWidth),
            bottom: Math.min(box.bottom, innerHeight),
          };
          return box.right - box.left > 2 && box.bottom - box.top > 2 ? box : null;
        };
        const boxes = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, label, button, a, th, td')]
          .filter(
            (el) =>
              el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
              el.textContent!.trim() &&
              !el.closest('[aria-hidden="true"], .deck__controls'),
          )
          .filter(
            (el) =>
              ![...el.children].some((child) =>
                ['P', 'LI', 'UL', 'OL', 'TABLE', 'DIV', 'SECTION'].includes(child.tagName),
              ),
          )
          .map((el) => ({ el, r: visibleRect(el) }))
          .filter((b): b is { el: HTMLElement; r: NonNullable<ReturnType<typeof visibleRect>> } => b.r !== null);
        const found: string[] = [];
        for (let i = 0; i < boxes.length && found.length < 3; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
            const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            if (x > 4 && y > 4) found.push(`${a.el.textContent!.slice(0, 20)} ⟷ ${b.el.textContent!.slice(0, 20)}`);
          }
        }
        return found;
      });
      expect(overlaps, `${hash} has overlapping text`).toEqual([]);
      await page.screenshot({
        path: `tests/e2e/artifacts/${width}x${height}-${hash.replace(/[#/]+/g, '-').replace(/^-|-$/g, '') || 'home'}.png`,
      });
    }
  });
}
