// The presenter console on a 1366×768 laptop, beside the projector window.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const slideIn = (page: Page) => page.locator('[data-stage="current"] section.slide');

test.use({ viewport: { width: 1366, height: 768 } });

test('the console fits 1366×768 without page scrolling; long notes scroll in their own panel', async ({ page }) => {
  await page.goto('./#/presenter/understanding/3');
  await expect(page.getByRole('heading', { name: '讲师备注' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
  for (const part of [
    page.getByRole('region', { name: /当前幻灯片第 3 页/ }),
    page.getByRole('region', { name: /下一步预览/ }),
    page.locator('.presenter__notes'),
    page.getByRole('button', { name: '头脑风暴 60 秒' }),
    page.getByRole('link', { name: '打印讲义（含备注）' }),
    page.getByRole('button', { name: '计时归零' }),
  ]) {
    const box = await part.boundingBox();
    expect(box, 'on screen').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  }
  // Slide 3's notes are long: they scroll inside the notes panel.
  const notes = page.locator('.presenter__notes .notes-only');
  const sizes = await notes.evaluate((el) => [el.scrollHeight, el.clientHeight, getComputedStyle(el).overflowY]);
  expect(sizes[0]).toBeGreaterThan(Number(sizes[1]));
  expect(sizes[2]).toBe('auto');
  await expectNoAxeViolations(page, 'console at 1366×768');
});

test('Space and Enter advance after a console button was clicked, and do not press it again', async ({ page }) => {
  await page.goto('./#/presenter/understanding/2');
  await expect(slideIn(page)).toHaveAttribute('data-slide', '2');
  const elapsed = page.locator('.presenter__elapsed');
  await page.getByRole('button', { name: '计时归零' }).click();
  await expect(elapsed).toHaveText('已用 00:00');
  await expect(elapsed).not.toHaveText('已用 00:00', { timeout: 5000 });
  await page.keyboard.press('Space');
  await expect(slideIn(page)).toHaveAttribute('data-slide', '3');
  await expect(elapsed).not.toHaveText('已用 00:00');
  await page.getByRole('button', { name: '全部幻灯片' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '上一页' }).click();
  await expect(slideIn(page)).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('Enter');
  await expect(slideIn(page)).toHaveAttribute('data-slide', '3');
  // A button reached with the keyboard keeps Enter: it is pressed once, not also the deck's "next".
  await page.getByRole('button', { name: '上一页' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(slideIn(page)).toHaveAttribute('data-slide', '2');
});

test('the console counts the activity timer down; 时间到 leaves the projector on the next slide', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await page.goto('./#/presenter/difficult/2');
  await expect(page.getByRole('heading', { name: '讲师备注' })).toBeVisible();
  const audience = await context.newPage();
  await audience.clock.install();
  await audience.goto('./#/present/difficult/1');
  await expect(audience.locator('[data-stage="current"] section.slide')).toHaveAttribute('data-slide', '2');
  await page.getByRole('button', { name: '头脑风暴 60 秒' }).click();
  await page.getByLabel('在投影上显示计时').check();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  const consoleClock = page.locator('.console-timer [role="timer"]');
  await expect(consoleClock).toHaveText('01:00');
  await page.clock.runFor(20_000);
  await expect(consoleClock).toHaveText('00:40');
  await audience.clock.runFor(61_000);
  await page.clock.runFor(41_000);
  await expect(audience.locator('.classroom-overlay')).toContainText('时间到');
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(audience.locator('.classroom-overlay')).toBeHidden();
  await expect(audience.locator('[data-stage="current"] section.slide')).toHaveAttribute('data-slide', '3');
});

test('a random pick shows on the projector until the next key', async ({ page, context }) => {
  const audience = await context.newPage();
  await audience.goto('./#/present/understanding/4');
  await expect(audience.locator('[data-stage="current"] section.slide')).toHaveAttribute('data-slide', '4');
  await page.goto('./#/classroom');
  await page.getByRole('button', { name: '随机点名' }).click();
  const picked = await page.locator('.random-pick [role="status"]').textContent();
  const overlay = audience.getByRole('region', { name: '随机点名' });
  await expect(overlay).toContainText(picked!.trim());
  await audience.keyboard.press('ArrowRight');
  await expect(overlay).toBeHidden();
});
