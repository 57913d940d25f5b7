import type { Page } from '@playwright/test';
import { clearProgress, expect, expectNoAxeViolations, test } from './fixtures';

test.beforeEach(async ({ page }) => clearProgress(page));

const progress = (page: Page) => page.locator('.exam__progress');

/** Gives some answer to the exam question on screen, whatever its kind (no submit button in an exam). */
async function answerSomething(page: Page) {
  const card = page.locator('section.question');
  const reply = card.locator('.roleplay__reply');
  if (await reply.count()) {
    while (await reply.count()) await reply.first().click();
    return;
  }
  if (await card.getByRole('radio', { name: '自己改写' }).count()) {
    await card.getByRole('radio', { name: '自己改写' }).check();
    await card
      .getByRole('textbox', { name: '您的说法' })
      .fill('非常抱歉给您添麻烦了，我马上帮您核实，今天之内给您回电。');
    return;
  }
  const radio = card.locator('input[type=radio]');
  if (await radio.count()) await radio.first().check();
  const checkbox = card.locator('input[type=checkbox]');
  if (await checkbox.count()) await checkbox.first().check();
  for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 });
  const down = card.getByRole('button', { name: /^下移/ });
  if (await down.count()) await down.first().click();
}

test('an exam keeps its answers across a reload, confirms the hand-in, and shows every question in the result', async ({
  page,
}) => {
  await page.goto('./#/exam');
  await expect(page.getByRole('heading', { level: 1, name: '考试模式' })).toBeVisible();
  await page.getByRole('button', { name: /开始考试/ }).click();
  await expect(page.getByRole('alert')).toContainText('请至少选择一个案例');
  await page.getByLabel(/案例三：套餐转换/).check();
  await page.getByLabel('时间限制').selectOption('30');
  await expectNoAxeViolations(page, 'exam chooser');
  await page.getByRole('button', { name: /开始考试/ }).click();

  const total = Number((await progress(page).textContent())!.match(/\/ (\d+)/)![1]);
  expect(total).toBeGreaterThan(1);
  await expect(progress(page)).toContainText(`未答 ${total} 题`);
  await expect(page.getByText(/剩余时间：/)).toBeVisible();
  await answerSomething(page);
  await expect(progress(page)).toContainText(`未答 ${total - 1} 题`);
  // No right or wrong before the hand-in.
  await expect(page.getByText(/选对了|选错了|回答正确|回答错误/)).toHaveCount(0);
  await page.getByRole('button', { name: '下一题' }).click();
  await expect(progress(page)).toContainText(`第 2 / ${total} 题`);
  await page.getByRole('button', { name: '标记此题' }).click();
  await expectNoAxeViolations(page, 'exam in progress');

  await page.reload();
  await expect(progress(page)).toContainText(`第 2 / ${total} 题`);
  await expect(progress(page)).toContainText(`未答 ${total - 1} 题`);
  await expect(page.getByRole('button', { name: '第 2 题（未答，已标记）' })).toBeVisible();
  await expect(page.getByRole('button', { name: '第 1 题（已答）' })).toBeVisible();
  await page.getByRole('button', { name: '上一题' }).click();
  await expect(progress(page)).toContainText(`第 1 / ${total} 题`);

  await page.getByRole('button', { name: '交卷' }).click();
  const dialog = page.getByRole('dialog', { name: '确认交卷？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`还有 ${total - 1} 题没有作答`);
  await expect(dialog).toContainText('第 2 题：');
  await expectNoAxeViolations(page, 'hand-in confirmation');
  await dialog.getByRole('button', { name: '确认交卷' }).click();

  await expect(page.getByRole('heading', { level: 2, name: /考试结果：\d+ 分/ })).toBeFocused();
  await expect(page.locator('.exam-result__item')).toHaveCount(total);
  await expect(page.locator('.exam-result__item').first()).toContainText('您的答案：');
  await expect(page.locator('.exam-result__item').first()).toContainText('正确答案：');
  await expect(page.getByText('（未作答）')).toHaveCount(total - 1);
  await expectNoAxeViolations(page, 'exam result');

  // The result stays after a reload too, until a new exam is chosen.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /考试结果：\d+ 分/ })).toBeVisible();
  await page.getByRole('button', { name: '重新选择案例' }).click();
  await expect(page.getByRole('button', { name: /开始考试/ })).toBeVisible();
});
