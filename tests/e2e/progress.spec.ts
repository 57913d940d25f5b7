import { readFileSync, writeFileSync } from 'node:fs';
import { MAX_DWELL_MS } from '../../src/features/course/reading-dwell';
import { clearProgress, expect, expectNoAxeViolations, test } from './fixtures';

const KEY = 'complaint-course:progress';

test('the progress page passes axe; export then import restores the same progress', async ({ page }) => {
  await page.clock.install();
  await clearProgress(page);
  await page.goto('./#/lectures/toolbox/4');
  await expect(page.locator('#slide-4')).toBeInViewport();
  // A section counts as read once it has been on screen a while.
  await page.clock.fastForward(MAX_DWELL_MS);
  await page.goto('./#/progress');
  await expect(page.getByRole('heading', { level: 1, name: '学习进度' })).toBeVisible();
  await expect(page.getByRole('row', { name: /百宝箱/ })).toContainText('1/');
  await expectNoAxeViolations(page, 'progress');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度' }).click(),
  ]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('complaint-course-progress');

  await page.getByRole('button', { name: '重置进度……' }).click();
  await page.getByRole('button', { name: '确认重置' }).click();
  await expect(page.getByRole('row', { name: /百宝箱/ })).toContainText('0/');

  await page.getByLabel(/导入进度/).setInputFiles(file);
  await expect(page.getByText(/已读小节：0 → 1/)).toBeVisible();
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('row', { name: /百宝箱/ })).toContainText('1/');
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).state, KEY);
  // The same progress; only the record of the import itself (`op`) is new.
  expect({ ...saved, op: undefined }).toEqual({ ...exported.state, op: undefined });
  expect(saved.op.n).toBeGreaterThan(exported.state.op.n);
});

test('two tabs: progress made in one shows in the other without a reload', async ({ page, context }) => {
  await clearProgress(page);
  await page.goto('./#/');
  const other = await context.newPage();
  await other.goto('./#/lectures/difficult/3');
  await expect(other.locator('#slide-3')).toBeInViewport();
  await expect(page.getByRole('link', { name: /继续学习：第三讲 疑难投诉处理技能 · 第 3 节/ })).toBeVisible();
});

test('storage unavailable at start: the course runs in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  // Slide 2 is the instructor's introduction (classroom only): the reading goes on at slide 9.
  await page.goto('./#/lectures/understanding/2');
  await expect(page.getByRole('alert').filter({ hasText: '浏览器不允许本课程保存数据' })).toBeVisible();
  await expect(page.locator('#slide-9')).toBeInViewport();
});

test('a full storage: a notice, no crash, and export still works', async ({ page }) => {
  await page.clock.install();
  await clearProgress(page);
  await page.addInitScript((key) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, name, value);
    };
  }, KEY);
  await page.goto('./#/lectures/understanding/3');
  await page.reload(); // a hash change alone does not load the page again
  await expect(page.getByRole('alert').filter({ hasText: '存储空间已满' })).toBeVisible();
  await expect(page.locator('#slide-3')).toBeInViewport();
  await page.clock.fastForward(MAX_DWELL_MS);
  await page.goto('./#/progress');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.state.lectures.understanding.seen).toContain(3);
});

test('corrupt saved progress is backed up, the learner is told and can download it', async ({ page }) => {
  await clearProgress(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"state":{"lectures":'), KEY);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: '已保存的学习进度无法读取' });
  await expect(notice).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: '下载备份' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"state":{"lectures":');
  await expectNoAxeViolations(page, 'home with a storage notice');
});

/** Saved progress with every section read and every question answered right. */
async function completeCourseState() {
  const { readLectureIndex } = await import('../../src/lib/mdx/vite-plugin-lecture-index');
  const lectures = readLectureIndex(process.cwd());
  const caseModules = await Promise.all(
    ['01-understanding', '02-techniques', '03-difficult', '04-toolbox'].map(
      (folder) =>
        import(`../../content/lectures/${folder}/cases.ts`) as Promise<{
          lectureCases: { id: string; questions: { id: string }[] }[];
        }>,
    ),
  );
  const done = Date.UTC(2026, 10, 20, 9);
  const attempts = caseModules
    .flatMap((m) => m.lectureCases)
    .flatMap((c) =>
      c.questions.map((q, i) => ({
        questionId: q.id,
        caseId: c.id,
        answer: null,
        correct: true,
        score: 1,
        at: done - 1000 + i,
        durationMs: 60_000,
        mode: 'bank',
      })),
    );
  const state = {
    lectures: Object.fromEntries(
      lectures.map((l) => [l.frontmatter.id, { seen: l.slides.map((s) => s.index), last: 1, updatedAt: 1 }]),
    ),
    attempts,
    review: {},
    timeSpent: { understanding: 45 * 60_000, techniques: 50 * 60_000 },
  };
  return JSON.stringify({ state, version: 3 });
}

test('on a phone, completing the course is marked; the name is remembered; the certificate prints on one A4 landscape page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await clearProgress(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, await completeCourseState()]);
  await page.goto('./#/progress');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '恭喜结业' })).toBeVisible();
  await page.getByLabel('证书上的姓名').fill('李晓明');
  await page.reload();
  await expect(page.getByLabel('证书上的姓名')).toHaveValue('李晓明');
  await page.getByRole('link', { name: '生成结业证书' }).click();
  const certificate = page.getByRole('article', { name: '客户投诉处理技能提升训练' });
  await expect(certificate).toContainText('兹证明 李晓明 已学完本课程全部四讲');
  await expect(certificate).toContainText('颁发单位（盖章）');
  await expect(certificate).toContainText('讲师签名');
  await expect(certificate).toContainText('学习时长：');
  await expect(certificate).toContainText('2026年11月20日');
  const number = await certificate.getByText(/证书编号：KS-20261120-[0-9A-F]{8}/).textContent();
  await expect(page.getByRole('button', { name: '打印证书' })).toBeInViewport();
  await expectNoAxeViolations(page, 'certificate on a phone');

  // A reprint, without the name in the address: the remembered name, the same number.
  await page.goto('./#/progress/certificate');
  await expect(certificate.getByText(/证书编号：/)).toHaveText(number!);

  await page.setViewportSize({ width: 1366, height: 768 });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  expect((text.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(text)!;
  // A4 landscape: 842 × 595 points.
  expect(Math.round(Number(box[1]))).toBe(842);
  expect(Math.round(Number(box[2]))).toBe(595);
  writeFileSync(test.info().outputPath('certificate.pdf'), pdf);
});

test('a name with a direction override cannot turn the certificate sentence round', async ({ page }) => {
  await clearProgress(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, await completeCourseState()]);
  await page.goto(`./#/progress/certificate?name=${encodeURIComponent('李\u202E明')}`);
  await page.reload();
  const certificate = page.getByRole('article', { name: '客户投诉处理技能提升训练' });
  await expect(certificate).toContainText('兹证明 李明 已学完本课程全部四讲');
  const name = certificate.locator('bdi');
  await expect(name).toHaveText('李明');
});

test('the certificate is offered when everything is done, and prints on one A4 page', async ({ page }) => {
  await clearProgress(page);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, await completeCourseState()]);
  await page.goto('./#/progress');
  await page.reload();
  await page.getByLabel('证书上的姓名').fill('李晓明');
  await page.getByRole('link', { name: '生成结业证书' }).click();
  const certificate = page.getByRole('article', { name: '客户投诉处理技能提升训练' });
  await expect(certificate).toContainText('李晓明');
  await expectNoAxeViolations(page, 'certificate');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});
