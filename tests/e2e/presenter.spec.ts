import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const slideIn = (page: Page) => page.locator('[data-stage="current"] section.slide');
const expectSlide = async (page: Page, n: number, lecture = 'understanding') => {
  await expect(page).toHaveURL(new RegExp(`#/present(er)?/${lecture}/${n}$`));
  await expect(slideIn(page)).toHaveAttribute('data-slide', String(n));
};

test('presenter and audience stay in step in both directions; a new audience window joins at the current slide', async ({
  page,
  context,
}) => {
  const presenter = page;
  await presenter.goto('./#/presenter/understanding/1');
  await expect(presenter.getByRole('heading', { name: '讲师备注' })).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(presenter, 3);

  const audience = await context.newPage();
  await audience.goto('./#/present/understanding/1');
  await expectSlide(audience, 3);

  await presenter.getByRole('button', { name: '下一页' }).click();
  await expectSlide(audience, 4);
  await audience.keyboard.press('ArrowRight');
  await expectSlide(presenter, 5);
  await expectSlide(audience, 5);

  // Blackout from the console blacks the projector; any key on the projector brings it back.
  await presenter.getByRole('button', { name: '黑屏' }).click();
  await expect(audience.getByRole('button', { name: /黑屏中/ })).toBeVisible();
  await audience.keyboard.press('x');
  await expect(audience.getByRole('button', { name: /黑屏中/ })).toBeHidden();
  await expect(presenter.getByRole('button', { name: '黑屏' })).toHaveAttribute('aria-pressed', 'false');

  // The instructor reveals a quiz answer: the class sees it.
  await presenter.keyboard.press('1');
  await presenter.keyboard.press('4');
  await presenter.keyboard.press('Enter');
  await expectSlide(audience, 14);
  // A case opens on its card; the next press shows its first question.
  await expect(audience.locator('.class-case__card')).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(audience, 14);
  await expect(audience.locator('.class-question__answer')).toHaveCount(0);
  await presenter.locator('[data-stage="current"]').getByRole('button', { name: '显示第 1 题答案' }).click();
  await expect(audience.locator('.class-question__answer').first()).toContainText('答案');
  await expectNoAxeViolations(presenter, 'presenter console');
  await expectNoAxeViolations(audience, 'audience view');
});

test('every deck key on the audience view', async ({ page }) => {
  await page.goto('./#/present/understanding/5');
  await expectSlide(page, 5);
  const entries = await page.evaluate(() => history.length);
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter']) {
    const before = Number(await slideIn(page).getAttribute('data-slide'));
    await page.keyboard.press(key);
    await expectSlide(page, before + 1);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
    const before = Number(await slideIn(page).getAttribute('data-slide'));
    await page.keyboard.press(key);
    await expectSlide(page, before - 1);
  }
  await page.keyboard.press('End');
  await expectSlide(page, 35);
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  await page.keyboard.press('2');
  await page.keyboard.press('0');
  await expect(page.getByText('跳到第 20 页')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectSlide(page, 20);
  // Focus is on the new slide's heading, and the position is announced.
  await expect(slideIn(page).locator('h2')).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: '第 20 / 35 页' })).toHaveCount(1);

  // The address follows the slide without adding history entries (one writer: replaceState).
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // B and . black the screen; any key returns.
  for (const key of ['b', '.']) {
    await page.keyboard.press(key);
    await expect(page.getByRole('button', { name: /黑屏中/ })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: /黑屏中/ })).toBeHidden();
    await expectSlide(page, 20);
  }

  // F toggles fullscreen.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('step reveals show one by one, and going back shows the slide fully revealed', async ({ page }) => {
  await page.goto('./#/present/understanding/12');
  await expectSlide(page, 12);
  const reveal = slideIn(page).locator('.reveal').first();
  await expect(reveal).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 12);
  await expect(reveal).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 13);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 12);
  await expect(slideIn(page).locator('.reveal').first()).toBeVisible();
});

test('the overview grid picks a slide with the keyboard, and passes axe', async ({ page }) => {
  await page.goto('./#/present/understanding/3');
  await expectSlide(page, 3);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /全部幻灯片/ });
  await expect(overview).toBeVisible();
  await expect(overview.locator('[data-slide="3"]')).toBeFocused();
  await expectNoAxeViolations(page, 'overview');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectSlide(page, 5);
  await page.keyboard.press('o');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expectSlide(page, 5);
});

test('a bad slide number lands on the nearest slide with a clear message', async ({ page }) => {
  await page.goto('./#/present/understanding/999');
  await expectSlide(page, 35);
  await expect(
    page.getByRole('status').filter({ hasText: '没有第 999 页（本讲共 35 页），已显示第 35 页。' }),
  ).toBeVisible();
  await page.goto('./#/present/understanding/abc');
  await expectSlide(page, 1);
  await page.goto('./#/present/nope/1');
  await expect(page.getByRole('heading', { level: 1, name: '找不到这一讲' })).toBeVisible();
});

test('swiping on a touch screen changes slides', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 450 } });
  const page = await context.newPage();
  await page.goto('./#/present/understanding/5');
  await expectSlide(page, 5);
  const swipe = (fromX: number, toX: number) =>
    page.evaluate(
      ([a, b]) => {
        const target = document.querySelector('.deck')!;
        const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 200 });
        target.dispatchEvent(
          new TouchEvent('touchstart', { bubbles: true, touches: [touch(a)], changedTouches: [touch(a)] }),
        );
        target.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(b)] }));
      },
      [fromX, toX],
    );
  await swipe(600, 200);
  await expectSlide(page, 6);
  await swipe(200, 600);
  await expectSlide(page, 5);
  await context.close();
});

test('the presenter console starts an activity timer that the projector shows large', async ({ page, context }) => {
  await page.goto('./#/presenter/difficult/2');
  await expect(page.getByRole('heading', { name: '讲师备注' })).toBeVisible();
  const audience = await context.newPage();
  await audience.goto('./#/present/difficult/1');
  await expect(audience).toHaveURL(/#\/present\/difficult\/2$/);
  await page.getByRole('button', { name: '头脑风暴 60 秒' }).click();
  await page.getByRole('button', { name: '开始', exact: true }).click();
  await page.getByLabel('在投影上显示计时').check();
  const overlay = audience.locator('.classroom-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('头脑风暴');
  await expect(overlay).toContainText(/00:[0-5]\d/);
});
