import { expect, test } from './fixtures';

test('after the first visit every lecture, a case and the presenter work with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' })).toBeVisible();
  // The service worker installs and precaches the whole course; then it controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' })).toBeVisible();
  for (const id of ['understanding', 'techniques', 'difficult', 'toolbox']) {
    await page.goto(`./#/lectures/${id}/1`);
    await expect(page.locator('#slide-1 h2')).toBeVisible();
  }
  await page.goto('./#/cases/tariff-switch');
  const q1 = page.locator('section.question').first();
  await q1.getByLabel(/先核实当时的介绍情况/).check();
  await q1.getByRole('button', { name: '提交答案' }).click();
  await expect(q1.getByRole('status')).toContainText('回答正确');

  await page.goto('./#/presenter/understanding/3');
  await expect(page.getByRole('heading', { name: '讲师备注' })).toBeVisible();
  const audience = await context.newPage();
  await audience.goto('./#/present/understanding/1');
  await expect(audience).toHaveURL(/#\/present\/understanding\/3$/);
  await expect(audience.locator('[data-stage="current"] section.slide h2')).toBeVisible();
});
