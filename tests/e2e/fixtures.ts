import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

// The project's own axe-core (4.14+), not the older copy @axe-core/playwright bundles: 4.13 missed
// label-in-name (WCAG 2.5.3) on buttons such as “全部幻灯片(O)”.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const axeVersion = /axe v([\d.]+)/.exec(axeSource)?.[1] ?? '';

/** Every page is watched for console errors and uncaught exceptions; a test fails on any. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules; fails listing each violation. */
export async function expectNoAxeViolations(page: Page, context = '') {
  const results = await new AxeBuilder({ page, axeSource })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** A fresh start: no saved progress. */
export async function clearProgress(page: Page) {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
}
