// Reading a lecture on a 390×844 phone (and its contents panel on a laptop): the way around a
// long page, where new screens start, and what counts as read.
import { clearProgress, expect, test } from './fixtures';

const phone = { width: 390, height: 844 };

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(phone);
  await clearProgress(page);
});

/** Waits until every section has filled in (the body fills a few at a time). */
async function openLecture(page: import('@playwright/test').Page, hash: string) {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeAttached();
  await expect(page.locator('section.slide[aria-busy]')).toHaveCount(0);
}

const scrollTo = (page: import('@playwright/test').Page, slide: number) =>
  page.evaluate((n) => {
    const section = document.getElementById(`slide-${n}`)!;
    const margin = parseFloat(getComputedStyle(section).scrollMarginTop);
    window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - margin);
  }, slide);

test('a sticky reading bar names the section, opens the contents as a sheet, and jumps', async ({ page }) => {
  await openLecture(page, '#/lectures/understanding');
  await scrollTo(page, 20);
  const bar = page.locator('.reading-bar');
  await expect(bar).toBeInViewport();
  await expect(bar).toContainText('第一讲 学会理解投诉');
  await expect(page).toHaveURL(/#\/lectures\/understanding\/20$/);
  const section20 = await page.locator('#slide-20 h2').first().textContent();
  await expect(bar).toContainText(`20. ${section20}`);

  await bar.getByRole('button', { name: '目录' }).click();
  const sheet = page.getByRole('dialog', { name: '本讲目录' });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('a[aria-current="location"]')).toContainText(section20!);
  await sheet.getByRole('link', { name: /^12\b/ }).click();
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(/#\/lectures\/understanding\/12$/);
  await expect(page.locator('#slide-12')).toBeFocused();
  const top = await page.locator('#slide-12').evaluate((el) => el.getBoundingClientRect().top);
  // Lands just under the sticky bar, not under it and not far below.
  const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(barBottom - 1);
  expect(top).toBeLessThan(barBottom + 20);
});

test('each section ends with links to the previous and next section; back to top returns to the start', async ({
  page,
}) => {
  await openLecture(page, '#/lectures/techniques/3');
  const pager = page.getByRole('navigation', { name: '第 3 节的上一节和下一节' });
  await expect(pager.getByRole('link', { name: /上一节/ })).toHaveAttribute('href', '#/lectures/techniques/2');
  await pager.getByRole('link', { name: /下一节/ }).click();
  await expect(page).toHaveURL(/#\/lectures\/techniques\/4$/);
  await expect(page.locator('#slide-4')).toBeInViewport();

  await scrollTo(page, 15);
  await page.getByRole('button', { name: '回到顶部' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('heading', { level: 1, name: '投诉处理的基本技巧' })).toBeFocused();
});

test('the resume offer is on screen where a returning reader lands', async ({ page }) => {
  await openLecture(page, '#/lectures/techniques/12');
  await page.goto('./#/');
  await page.goto('./#/lectures/techniques');
  const notice = page.getByRole('status').filter({ hasText: '已回到您上次阅读的位置：第 12 节' });
  await expect(notice).toBeInViewport();
  await expect(page.locator('#slide-12')).toBeInViewport();
  await notice.getByRole('button', { name: '从头开始' }).click();
  await expect(page).toHaveURL(/#\/lectures\/techniques\/1$/);
  await expect(notice).toBeHidden();
});

test('a fast scroll through a lecture marks nothing read; a section stayed on counts', async ({ page }) => {
  await page.clock.install();
  await openLecture(page, '#/lectures/techniques');
  const readCount = page.locator('.reading-bar__read');
  // The sections read (classroom-only slides are not on the page).
  const sections = (await page.locator('section.slide').evaluateAll((els) => els.map((el) => el.id))).map((id) =>
    Number(id.replace('slide-', '')),
  );
  const total = sections.length;
  for (const n of sections.slice(1)) {
    await scrollTo(page, n);
    await page.clock.runFor(100);
  }
  await page.clock.runFor(1000);
  await expect(readCount).toHaveText(`0/${total}`);

  await scrollTo(page, 6);
  await page.clock.runFor(25_000);
  const toc = page.getByRole('navigation', { name: '本讲目录' });
  await expect(toc.locator('a[href$="/techniques/6"]')).toContainText('已读');
  await expect(readCount).not.toHaveText(`0/${total}`);
});

test('every route change starts at the top of the new screen', async ({ page }) => {
  await page.goto('./#/cases');
  const link = page.getByRole('link', { name: /35 ?元代收信息费/ });
  await link.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await link.click();
  await expect(page).toHaveURL(/#\/cases\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goto('./#/handbook');
  await page.evaluate(() => window.scrollTo(0, 3000));
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学习进度' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '学习进度' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('on a laptop the contents panel marks and keeps in view the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openLecture(page, '#/lectures/understanding');
  await scrollTo(page, 30);
  const toc = page.getByRole('navigation', { name: '本讲目录' });
  const current = toc.locator('a[aria-current="location"]');
  await expect(current).toHaveAttribute('href', '#/lectures/understanding/30');
  await expect(current).toBeInViewport();
  await expect(page.locator('.reading-bar__contents')).toBeHidden();
});
