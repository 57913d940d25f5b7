import { clearProgress, expect, expectNoAxeViolations, test } from './fixtures';

test.beforeEach(async ({ page }) => clearProgress(page));

test('home lists the four lectures and passes axe', async ({ page }) => {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    '学会理解投诉',
    '投诉处理的基本技巧',
    '疑难投诉处理技能',
    '百宝箱',
  ]);
  await expect(page).toHaveTitle('客户投诉处理技能提升训练');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  await expectNoAxeViolations(page, 'home');
});

test('open a lecture, follow the table of contents, reload and keep the position', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('link', { name: '学会理解投诉' }).click();
  await expect(page).toHaveURL(/#\/lectures\/understanding$/);
  await expect(page.getByRole('heading', { level: 1, name: '学会理解投诉' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
  await expect(page).toHaveTitle(/第一讲 学会理解投诉/);
  await expectNoAxeViolations(page, 'lecture');

  const toc = page.getByRole('navigation', { name: '本讲目录' });
  await toc.getByRole('link', { name: /2007 年 5 月投诉结构分析/ }).click();
  await expect(page).toHaveURL(/#\/lectures\/understanding\/18$/);
  await expect(page.locator('#slide-18')).toBeInViewport();
  await expect(page.locator('#slide-18')).toBeFocused();
  await expect(
    page.getByRole('table', { name: /2007 年 5 月投诉结构/ }).getByRole('row', { name: /不按预约时间上门/ }),
  ).toContainText('78');

  await page.reload();
  await expect(page.locator('#slide-18')).toBeInViewport();
  await expect(toc.getByRole('link', { name: /2007 年 5 月投诉结构分析/ })).toHaveAttribute('aria-current', 'location');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '课程首页' }).click();
  await expect(page.getByRole('link', { name: /继续学习：第一讲 学会理解投诉 · 第 18 节/ })).toBeVisible();
});

test('scrolling moves the position; reopening the lecture resumes there', async ({ page }) => {
  await page.goto('./#/lectures/techniques');
  await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
  // As a reader would: scroll once the slides have filled in (a moment after the first ones show).
  await expect(page.locator('section.slide[aria-busy]')).toHaveCount(0);
  await page.evaluate(() => document.getElementById('slide-6')!.scrollIntoView({ block: 'start' }));
  await expect(page).toHaveURL(/#\/lectures\/techniques\/6$/);
  await page.goto('./#/');
  await page.goto('./#/lectures/techniques');
  await expect(page.getByText('已回到您上次阅读的位置：第 6 节')).toBeVisible();
  await expect(page.locator('#slide-6')).toBeInViewport();
  await page.getByRole('button', { name: '从头开始' }).click();
  await expect(page).toHaveURL(/#\/lectures\/techniques\/1$/);
});

test('unknown routes, lectures and slides show a way back, pass axe, and never a blank page', async ({ page }) => {
  for (const [hash, heading] of [
    ['#/no-such-page', '页面不存在'],
    ['#/lectures/nope', '找不到这一讲'],
    ['#/lectures/understanding/999', '找不到这一节'],
    ['#/lectures/understanding/abc', '找不到这一节'],
  ]) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(heading));
    await expectNoAxeViolations(page, hash);
  }
  await page.getByRole('link', { name: '返回课程首页' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' })).toBeVisible();
});

for (const id of ['understanding', 'techniques', 'difficult', 'toolbox']) {
  test(`lecture ${id} opens by its URL without console errors or axe violations`, async ({ page }) => {
    // axe over a whole lecture is slow on a busy machine.
    test.setTimeout(180_000);
    await page.goto(`./#/lectures/${id}/1`);
    await expect(page.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
    await expectNoAxeViolations(page, id);
  });
}

test('is usable on a 360 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const hash of ['#/', '#/lectures/understanding/18', '#/lectures/toolbox/3']) {
    await page.goto(`./${hash}`);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, hash).toBeLessThanOrEqual(0);
  }
});
