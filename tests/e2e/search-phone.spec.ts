// One search for the whole course, from the header, on a 390×844 phone; the handbook's jump links
// and its six-step table on the phone.
import { expect, expectNoAxeViolations, test } from './fixtures';

test.beforeEach(async ({ page }) => page.setViewportSize({ width: 390, height: 844 }));

test('the header leads to one search over lectures, cases and handbook, grouped and marked', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).click();
  const box = page.getByRole('searchbox', { name: '搜索讲义、案例和速查手册' });
  await box.fill('忌语');
  await expect(page.getByRole('status')).toContainText('与“忌语”相关的内容');
  for (const group of ['讲义', '速查手册'])
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(group) })).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page, 'search results');

  await box.fill('我不知道');
  await expect(page.getByRole('status')).not.toContainText('没有找到');
  await expect(page.locator('mark', { hasText: '不知道' }).first()).toBeVisible();

  await box.fill('退费');
  await expect(page.getByRole('status')).not.toContainText('没有找到');
  const lectures = page.getByRole('region', { name: /讲义/ });
  const first = lectures.getByRole('link').first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^#\/lectures\/\w+\/\d+$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
  const slide = href.split('/').pop();
  await expect(page.locator(`#slide-${slide}`)).toBeInViewport();
});

test('a handbook result opens the handbook searched and marked; jump links reach each part', async ({ page }) => {
  await page.goto('./#/search?q=忌语');
  await page
    .getByRole('region', { name: /速查手册/ })
    .getByRole('link', { name: '服务忌语与建议说法' })
    .click();
  await expect(page).toHaveURL(/#\/handbook\?part=hb-phrases$/);
  await expect(page.getByRole('heading', { level: 2, name: /服务忌语与建议说法/ })).toBeInViewport();

  await page.goto('./#/handbook');
  const parts = page.getByRole('navigation', { name: '手册各部分' });
  await parts.getByRole('link', { name: /相关法律法规/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /相关法律法规/ })).toBeInViewport();
  await expectNoAxeViolations(page, 'handbook on a phone');
});

test('the six-step table reads as one card per step on a phone, not one character per line', async ({ page }) => {
  await page.goto('./#/handbook');
  const table = page.getByRole('table', { name: '投诉处理六步法' });
  // The caption reads on one line too (it once stood one character per line above the cards).
  expect((await table.locator('caption').boundingBox())!.height).toBeLessThan(60);
  const step = table.getByText('接受引导');
  // One line of text in its padded cell (about 42 px), not four lines of one character each (over 110).
  expect((await step.boundingBox())!.height).toBeLessThan(60);
  const aim = table.getByText('安抚客户');
  expect((await aim.boundingBox())!.width).toBeGreaterThan(50);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
