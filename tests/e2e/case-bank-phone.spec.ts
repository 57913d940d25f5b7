// The case bank on a 390×844 phone: cards rather than a squeezed table, filters and search, and a
// filtered address opened on a first visit without a console error.
import { clearProgress, expect, expectNoAxeViolations, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await clearProgress(page);
});

test('each case is a card with its title, lecture, status and score, one column wide', async ({ page }) => {
  await page.goto('./#/cases');
  const cards = page.getByRole('list', { name: '案例列表' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(30);
  const card = cards.filter({ hasText: '套餐转换' });
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('案例三：套餐转换');
  await expect(card).toContainText('第三讲 疑难投诉处理技能');
  await expect(card).toContainText('未开始');
  // The status reads on one line, not one character per line as in the old table.
  const status = card.getByText('未开始');
  const { height } = (await status.boundingBox())!;
  expect(height).toBeLessThan(30);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'case bank on a phone');
});

test('filters and a search narrow the cards; a filtered lecture is not repeated on each card', async ({ page }) => {
  await page.goto('./#/cases');
  const cards = page.getByRole('list', { name: '案例列表' }).getByRole('listitem');
  await page.getByLabel('讲次').selectOption('difficult');
  await expect(page).toHaveURL(/lecture=difficult/);
  await expect(cards.first()).not.toContainText('第三讲');
  await page.getByLabel('搜索案例').fill('套餐');
  await expect(page).toHaveURL(/q=%E5%A5%97%E9%A4%90|q=套餐/);
  await expect(cards.filter({ hasText: '套餐转换' })).toHaveCount(1);
  await page.getByLabel('搜索案例').fill('没有这样的案例');
  await expect(page.getByText('没有符合筛选条件的案例。')).toBeVisible();
});

for (const hash of ['#/cases?lecture=techniques', '#/cases?lecture=difficult&status=new']) {
  test(`a first visit to ${hash} shows the filtered list without a console error`, async ({ page }) => {
    // clearProgress left nothing saved: this is a first visit, which gets prerendered screens.
    await page.goto(`./${hash}`);
    const cards = page.getByRole('list', { name: '案例列表' }).getByRole('listitem');
    await expect(cards.first()).toBeVisible();
    await expect(page.getByLabel('讲次')).toHaveValue(hash.includes('techniques') ? 'techniques' : 'difficult');
    // The fixture fails the test on any console error (React's #418 among them).
  });
}
