// Every screen on a 390×844 phone, as a first visit (nothing saved, so prerendered screens are used
// where there are some, also with a query or filter): no console error (the fixture checks) and no
// axe violation, with axe-core 4.14.
import { axeVersion, expect, expectNoAxeViolations, test } from './fixtures';

const screens: [string, RegExp | string, level?: number][] = [
  ['#/', '客户投诉处理技能提升训练'],
  ['#/lectures/toolbox', '百宝箱'],
  ['#/lectures/techniques/12', '投诉处理的基本技巧'],
  ['#/cases', '案例练习'],
  ['#/cases?lecture=techniques', '案例练习'],
  ['#/cases?lecture=difficult&status=new', '案例练习'],
  ['#/cases/tariff-switch', /套餐/],
  ['#/exam', /考试/],
  ['#/review', /错题本/],
  ['#/handbook', '速查手册'],
  ['#/handbook?q=忌语', '速查手册'],
  ['#/search?q=退费', '搜索课程'],
  ['#/progress', '学习进度'],
  ['#/progress/certificate', '还不能生成证书'],
  ['#/classroom', /课堂/],
  ['#/no-such-page', '页面不存在'],
  ['#/present/understanding/1', '学习目标', 2],
  ['#/presenter/understanding/1', '学习目标', 2],
];

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Every load is a first visit.
  await page.addInitScript(() => window.localStorage.clear());
});

test('axe is 4.14 or newer', () => {
  const [major, minor] = axeVersion.split('.').map(Number);
  expect(major * 100 + minor).toBeGreaterThanOrEqual(414);
});

for (const [hash, heading, level = 1] of screens) {
  test(`first visit to ${hash} on a phone: no console error, no axe violation`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level, name: heading }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, `${hash} at 390×844`);
  });
}
