import { expect, expectNoAxeViolations, test } from './fixtures';

test('the handbook searches Chinese terms, passes axe, and prints as a clean cheat sheet', async ({ page }) => {
  await page.goto('./#/handbook');
  await expect(page.getByRole('heading', { level: 1, name: '速查手册' })).toBeVisible();
  await expectNoAxeViolations(page, 'handbook');
  for (const term of ['不可抗力', '格式条款', '委婉']) {
    await page.getByRole('searchbox', { name: '搜索手册' }).fill(term);
    await expect(page.getByRole('status')).toContainText(`与“${term}”相关的内容`);
    await expect(page.getByRole('status')).not.toContainText('没有找到');
  }
  await expectNoAxeViolations(page, 'handbook search');

  await page.getByRole('searchbox', { name: '搜索手册' }).fill('');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: /投诉处理六步法/ })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('关于本课程 passes axe and shows the analysis marker and law statuses', async ({ page }) => {
  await page.goto('./#/about');
  await expect(page.getByRole('heading', { level: 1, name: '关于本课程' })).toBeVisible();
  await expect(page.getByRole('note', { name: '课程分析' })).toBeVisible();
  await expect(page.getByText('已废止（2021-01-01 起由《民法典》第一百八十条、第五百九十条规定）')).toBeVisible();
  await expectNoAxeViolations(page, 'about');
});
