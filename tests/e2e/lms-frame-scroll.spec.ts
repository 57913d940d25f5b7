// Inside an LMS page the course moves only its own window: jumping to a section, resuming and
// answering a question never scroll the LMS page around it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openHost, showInCourse } from './scorm-host/serve-host';

/** Makes the host page taller than the window, with the course frame part-way down, and scrolls it. */
async function tallScrolledHost(page: Page) {
  await page.evaluate(() => {
    document.body.style.paddingTop = '600px';
    document.body.style.paddingBottom = '2000px';
    window.scrollTo(0, 400);
  });
  expect(await page.evaluate(() => window.scrollY)).toBe(400);
}

const hostScroll = (page: Page) => page.evaluate(() => window.scrollY);

test('the LMS page never scrolls while the course jumps, resumes and gives feedback', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { frame } = await openHost(page, '1.2');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await tallScrolledHost(page);

  await showInCourse(frame, '#/lectures/techniques/14');
  await expect(frame.locator('#slide-14')).toBeFocused();
  expect(await frame.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  expect(await hostScroll(page)).toBe(400);

  await showInCourse(frame, '#/');
  await showInCourse(frame, '#/lectures/techniques');
  await expect(frame.getByRole('status').filter({ hasText: '已回到您上次阅读的位置：第 14 节' })).toBeVisible();
  expect(await hostScroll(page)).toBe(400);

  await showInCourse(frame, '#/cases/attitude-100');
  const question = frame.locator('section.question').first();
  // Clicked from inside the page: Playwright's own clicks scroll the element into view first, in
  // every frame, which is the very thing under test.
  await question.getByLabel('ATTITUDE（心态）').evaluate((input: HTMLInputElement) => input.click());
  await question.getByRole('button', { name: '提交答案' }).evaluate((button: HTMLButtonElement) => button.click());
  await expect(question.getByRole('status')).toContainText('回答正确');
  expect(await hostScroll(page)).toBe(400);
});
