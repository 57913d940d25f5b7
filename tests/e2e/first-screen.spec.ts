// The home is prerendered into index.html: a first visit paints it before any JavaScript, the app
// then takes it over in place; every other first screen never shows it. A first visit to a
// lecture's start, the case bank or a deck's first slide paints that screen from its prerendered
// file (first-screens/*.html) before the app has loaded, and the app takes it over in place too.
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
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/');
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
  await page.goto('./#/handbook');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'app');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(homeTitle(page)).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1, name: '速查手册' })).toBeVisible();
});

test('the projector view shows nothing of the site while it starts', async ({ page }) => {
  const release = await holdApp(page);
  await page.goto('./#/present/understanding/2');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'deck');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(homeTitle(page)).toBeHidden();
  release();
  await expect(page.locator('.stage__canvas h2')).toBeVisible();
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
  await expect(page.getByRole('link', { name: /继续学习：第二讲 投诉处理的基本技巧 · 第 3 节/ })).toBeVisible();
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

/** Remembers an element so a later check can tell whether the app kept it or built a new one. */
async function markElement(page: Page, selector: string) {
  await page.evaluate(
    (s) => ((window as unknown as { marked: Element }).marked = document.querySelector(s)!),
    selector,
  );
}
const stillMarked = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s) === (window as unknown as { marked: Element }).marked, selector);

test('a first visit to a lecture paints it from its prerendered file; the app takes it over in place', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const release = await holdApp(page);
  await page.goto('./#/lectures/understanding');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'static');
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/lectures/understanding');
  await expect(page.getByRole('heading', { level: 1, name: '学会理解投诉' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
  await expect(homeTitle(page)).toBeHidden();
  // Laid out as the app will have it: on a wide window the contents stand open beside the text.
  await expect(page.locator('nav.toc details')).toHaveAttribute('open', '');
  await markElement(page, '#slide-1 h2');

  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(await stillMarked(page, '#slide-1 h2')).toBe(true);
  // Live: the rest of the lecture fills in and the contents navigate.
  await expect(page.locator('section.slide[aria-busy]')).toHaveCount(0);
  await page
    .getByRole('navigation', { name: '本讲目录' })
    .getByRole('link', { name: /本讲要点/ })
    .click();
  await expect(page).toHaveURL(/#\/lectures\/understanding\/35$/);
  await expect(page.locator('#slide-35')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('on a phone the prerendered lecture keeps its contents folded, as the app does', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const release = await holdApp(page);
  await page.goto('./#/lectures/techniques');
  await expect(page.getByRole('heading', { level: 1, name: '投诉处理的基本技巧' })).toBeVisible();
  await expect(page.locator('nav.toc details')).not.toHaveAttribute('open');
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await expect(page.locator('nav.toc details')).not.toHaveAttribute('open');
});

test('a first visit to the case bank paints its table before the app; the app takes it over in place', async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto('./#/cases');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'static');
  await expect(page.getByRole('heading', { level: 1, name: '案例练习' })).toBeVisible();
  await expect(page.getByText('正在加载案例')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /35 ?元/ }).first()).toBeVisible();
  await markElement(page, 'main h1');
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(await stillMarked(page, 'main h1')).toBe(true);
  await page
    .getByRole('link', { name: /35 ?元/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/cases\/[^/]+$/);
});

test('a first visit to a projector view paints the first slide scaled to the window before the app', async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto('./#/present/understanding/1');
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'static');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  const canvas = page.locator('.stage__canvas');
  await expect(canvas.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
  // Fitted inside the stage (letterboxed), as the app's own scaling does.
  const fits = () =>
    page.evaluate(() => {
      const stage = document.querySelector('.stage')!.getBoundingClientRect();
      const box = document.querySelector('.stage__canvas')!.getBoundingClientRect();
      return (
        box.width > 0 && box.left >= stage.left - 1 && box.right <= stage.right + 1 && box.bottom <= stage.bottom + 1
      );
    });
  expect(await fits()).toBe(true);
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/present\/understanding\/2$/);
  expect(await fits()).toBe(true);
});

test('a returning learner opening a lecture gets their own place, not the first-visit screen', async ({ page }) => {
  await page.goto('./#/lectures/difficult/4');
  await expect(page.locator('#slide-4')).toBeFocused();
  const release = await holdApp(page);
  await page.goto('./#/');
  await page.goto('./#/lectures/difficult');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'app');
  release();
  await expect(page.getByText('已回到您上次阅读的位置：第 4 节')).toBeVisible();
});

test('without its prerendered file the screen still comes, from the app', async ({ page, consoleErrors }) => {
  await page.route(/\/first-screens\//, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('./#/lectures/toolbox');
  await expect(page.getByRole('heading', { level: 1, name: '百宝箱' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'app');
  // The browser itself logs the failed request; the app must log nothing.
  const others = consoleErrors.filter((error) => !/status of 404/.test(error));
  expect(consoleErrors.length - others.length).toBe(1);
  consoleErrors.splice(0, consoleErrors.length, ...others);
});
