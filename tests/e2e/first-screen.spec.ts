// The home is prerendered into index.html: a first visit paints it before any JavaScript, the app
// then takes it over in place; every other first screen never shows it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The app chunk is held back so each test can look at the page before the app has started.
// (Service workers would answer requests before the page's routing sees them.)
test.use({ serviceWorkers: 'block' });

async function holdApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const homeTitle = (page: Page) => page.getByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' });

test('a first visit paints the home from index.html; the app takes it over without rebuilding it', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  await expect(homeTitle(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    '学会理解投诉',
    '投诉处理的基本技巧',
    '疑难投诉处理技能',
    '百宝箱',
  ]);
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'home');
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '');
  await page.evaluate(
    () => ((window as unknown as { firstTitle: Element }).firstTitle = document.querySelector('h1')!),
  );

  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(
    await page.evaluate(
      () => document.querySelector('h1') === (window as unknown as { firstTitle: Element }).firstTitle,
    ),
  ).toBe(true);
  // Live: the router handles the navigation.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案例练习' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '案例练习' })).toBeVisible();
});

test('without JavaScript the prerendered home is still readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(homeTitle(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '百宝箱' })).toBeVisible();
  await context.close();
});

test('a deep link never shows the prerendered home: the header waits for its screen', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./#/cases');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'app');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(homeTitle(page)).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1, name: '案例练习' })).toBeVisible();
});

test('the projector view shows nothing of the site while it starts', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./#/present/understanding/1');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'deck');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(homeTitle(page)).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
});

test('a returning learner never sees the first-visit home: it opens on where they stopped', async ({ page }) => {
  await page.goto('./#/lectures/techniques/3');
  await expect(page).toHaveURL(/#\/lectures\/techniques\/3$/);
  await expect(page.locator('#slide-3')).toBeFocused();
  const release = await holdApp(page);
  await page.goto('./#/');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'app');
  await expect(page.getByRole('link', { name: '从第一讲开始' })).toBeHidden();
  release();
  await expect(page.getByRole('link', { name: /继续学习:第二讲 投诉处理的基本技巧 · 第 3 节/ })).toBeVisible();
});

test('a link followed before the app has started opens that screen', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./');
  await page.getByRole('link', { name: '从第一讲开始' }).click();
  await expect(page).toHaveURL(/#\/lectures\/understanding$/);
  release();
  await expect(page.getByRole('heading', { level: 1, name: '学会理解投诉' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
});
