import type { Page } from '@playwright/test';
import { clearProgress, expect, expectNoAxeViolations, test } from './fixtures';

test.beforeEach(async ({ page }) => clearProgress(page));

const question = (page: Page, n: number) => page.locator('section.question').nth(n - 1);

test('a staff member answers a case wrong then right, sees why, and finds the attempt after reload', async ({
  page,
}) => {
  await page.goto('./#/cases');
  await expect(page.getByRole('heading', { level: 1, name: '案例练习' })).toBeVisible();
  await expectNoAxeViolations(page, 'case bank');
  await page.getByLabel('讲次').selectOption('difficult');
  await expect(page).toHaveURL(/lecture=difficult/);
  await page.getByRole('link', { name: '案例三：套餐转换' }).click();
  await expect(page).toHaveURL(/#\/cases\/tariff-switch$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('套餐');

  const q1 = question(page, 1);
  await q1.getByLabel(/为了表示诚意，先按客户要求退还/).check();
  await q1.getByRole('button', { name: '提交答案' }).click();
  const status = q1.getByRole('status');
  await expect(status).toContainText('回答错误');
  // The key and the reasoning wait for 显示答案, so the learner can first try again.
  const explanation = status.locator('.feedback__label', { hasText: '解析' });
  await expect(explanation).toHaveCount(0);
  await expect(status.getByRole('link', { name: /回到讲义复习/ })).toHaveAttribute(
    'href',
    /#\/lectures\/difficult\/\d+$/,
  );
  await expect(status.getByRole('heading', { name: /回答错误/ })).toBeFocused();
  await q1.getByRole('button', { name: '显示答案' }).click();
  await expect(status).toContainText('正确答案');
  await expect(explanation).toHaveCount(1);
  await expectNoAxeViolations(page, 'case with feedback');

  await q1.getByRole('button', { name: '再答一次' }).click();
  await q1.getByLabel(/先核实当时的介绍情况/).check();
  await q1.getByRole('button', { name: '提交答案' }).click();
  await expect(status).toContainText('回答正确');

  await page.reload();
  await expect(page.getByText(/已答 1\/3 题 · 当前得分 33 分 · 最好成绩 33 分/)).toBeVisible();
  await page.goto('./#/cases?lecture=difficult');
  const cards = page.getByRole('list', { name: '案例列表' }).getByRole('listitem');
  await expect(cards.filter({ hasText: '套餐转换' })).toContainText('进行中');
  await page.getByLabel('状态').selectOption('in-progress');
  await expect(cards).toHaveCount(1);
});

test('the mistake notebook shows the wrong question and clears it when redone right', async ({ page }) => {
  await page.goto('./#/cases/tariff-switch');
  const q1 = question(page, 1);
  await q1.getByLabel(/请客户找当时办理的营业员核对/).check();
  await q1.getByRole('button', { name: '提交答案' }).click();
  await expect(q1.getByRole('status')).toContainText('回答错误');

  await page.goto('./#/');
  await expect(page.getByText('1 道题到期待复习')).toBeVisible();
  await page.getByRole('link', { name: '错题本', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '错题本' })).toBeVisible();
  await expect(page.getByText('答错待重做 1 题')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '最近一次答错' })).toHaveCount(1);
  await expectNoAxeViolations(page, 'review');

  await page.getByRole('button', { name: '只重做答错的题' }).click();
  await page.getByLabel(/先核实当时的介绍情况/).check();
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(page.getByRole('status').filter({ hasText: '回答正确' })).toBeVisible();
  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByText('答错待重做 0 题')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '已重做正确' })).toHaveCount(1);
  await expect(page.getByRole('listitem').filter({ hasText: '下次复习' })).toHaveCount(1);
});

test('the 35元 role-play can be played to an ending with the keyboard alone', async ({ page }) => {
  await page.goto('./#/cases/info-fee-35');
  await expect(page.getByRole('group', { name: /当前状态/ })).toContainText('情绪');
  await expectNoAxeViolations(page, 'role-play');
  const ending = page.getByRole('heading', { name: /^结局：/ });
  const onReply = () => page.evaluate(() => document.activeElement?.classList.contains('roleplay__reply') ?? false);
  for (let turn = 0; turn < 20 && !(await ending.isVisible()); turn++) {
    // Tab (from the page top, then from the customer's new line, which takes focus) to a reply.
    for (let presses = 0; presses < 60 && !(await onReply()); presses++) await page.keyboard.press('Tab');
    expect(await onReply()).toBe(true);
    await page.keyboard.press('Enter');
  }
  await expect(ending).toBeVisible();
  await expect(page.getByRole('list', { name: '对话记录' }).getByRole('listitem').first()).toContainText('点评');
  await expect(page.getByText(/本次得分/)).toBeVisible();
  await expectNoAxeViolations(page, 'role-play ending');
});

test('every case opens by its URL without console errors or axe violations', async ({ page }) => {
  test.setTimeout(480_000);
  await page.goto('./#/cases');
  const caseLinks = page.getByRole('list', { name: '案例列表' }).getByRole('link');
  await expect(caseLinks.first()).toBeVisible();
  const hrefs = await caseLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(30);
  for (const href of hrefs) {
    await page.goto(`./${href}`);
    await expect(page.locator('section.question').first()).toBeVisible();
    await expectNoAxeViolations(page, href);
  }
});

test('an ordering question can be sorted by drag and drop', async ({ page }) => {
  await page.goto('./#/cases/tariff-switch');
  const card = page.locator('section.question').filter({ hasText: '排序题' }).first();
  const items = card.locator('.ordering__item');
  const texts = () => card.locator('.ordering__text').allTextContents();
  const wanted = '倾听并记录客户的诉求，安抚情绪';
  expect((await texts())[0]).not.toBe(wanted);
  await items.filter({ hasText: wanted }).dragTo(items.first());
  await expect.poll(async () => (await texts())[0]).toBe(wanted);
});
