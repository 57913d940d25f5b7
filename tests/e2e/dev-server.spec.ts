// `npm start` (the README's first command) serves a styled, working course: the production
// Content-Security-Policy is added only at build time, since the dev server's inline styles and
// scripts (CSS hot reload, React refresh) would be blocked by it.
import { createServer, type ViteDevServer } from 'vite';
import { expect, test } from './fixtures';

let server: ViteDevServer;
let url: string;

test.beforeAll(async () => {
  server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  url = server.resolvedUrls!.local[0];
});
test.afterAll(async () => server?.close());

test('the dev server renders the course styled and without console errors', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' })).toBeVisible({
    timeout: 60_000,
  });
  // The site header's brand colour comes from the stylesheet: styles were applied.
  const headerBackground = await page.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(headerBackground).not.toBe('rgba(0, 0, 0, 0)');
  await page.goto(`${url}#/lectures/understanding/2`);
  await expect(page.getByRole('heading', { level: 1, name: '学会理解投诉' })).toBeVisible({ timeout: 60_000 });
});
