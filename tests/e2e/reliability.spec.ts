// Nothing lost, whatever another tab or a same-origin page does (reliability review F2, F3, F6, F7).
import type { Page } from '@playwright/test';
import { clearProgress, expect, test } from './fixtures';

const KEY = 'complaint-course:progress';

const savedAttempts = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null')?.state?.attempts ?? []).length, KEY);

/** Answers the case's first choice question (its first option), then 再答一次, once per round, all tabs on one schedule. */
function answerRounds(page: Page, rounds: number, startAt: number, periodMs: number) {
  return page.evaluate(
    async ([rounds, startAt, periodMs]) => {
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // The first question with radio buttons (single choice or true/false).
      const card = [...document.querySelectorAll('section.question')].find((q) =>
        q.querySelector('input[type="radio"]'),
      )!;
      const press = (name: string) =>
        [...card.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)?.click();
      let answered = 0;
      for (let i = 0; i < rounds; i++) {
        await sleep(startAt + i * periodMs - Date.now());
        card.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
        await frame();
        const before = card.querySelector('.feedback');
        press('提交答案');
        if (!before) answered++;
        await frame();
        press('再答一次');
        await frame();
      }
      return answered;
    },
    [rounds, startAt, periodMs] as const,
  );
}

test('F3: two tabs answering at the same moments keep every answer', async ({ page, context }) => {
  await clearProgress(page);
  const other = await context.newPage();
  await page.goto('./#/cases/why-customers-complain');
  await other.goto('./#/cases/seven-wishes');
  for (const tab of [page, other])
    await tab
      .locator('section.question')
      .filter({ has: tab.getByRole('radio') })
      .first()
      .waitFor();
  const startAt = Date.now() + 500;
  const rounds = 12;
  const [a, b] = await Promise.all([
    answerRounds(page, rounds, startAt, 120),
    answerRounds(other, rounds, startAt, 120),
  ]);
  expect(a + b).toBe(2 * rounds);
  await expect.poll(() => savedAttempts(page), { timeout: 10_000 }).toBe(2 * rounds);
  await page.reload();
  await other.reload();
  expect(await savedAttempts(page)).toBe(2 * rounds);
});

test('F2: another tab writing null or broken data: the open tab keeps its answers and saves them back', async ({
  page,
  context,
}) => {
  await clearProgress(page);
  await page.goto('./#/cases/why-customers-complain');
  const first = page
    .locator('section.question')
    .filter({ has: page.getByRole('radio') })
    .first();
  const answer = async () => {
    await first.getByRole('radio').first().check();
    await first.getByRole('button', { name: '提交答案' }).click();
    await first.getByRole('button', { name: '再答一次' }).click();
  };
  for (let i = 0; i < 3; i++) await answer();
  await expect.poll(() => savedAttempts(page)).toBe(3);
  const other = await context.newPage();
  await other.goto('./#/progress');
  for (const value of ['null', '{"state":null,"version":4}', '{"state":{"lectures":{}},"version":1}']) {
    await other.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, value]);
    await expect.poll(() => savedAttempts(page)).toBe(3);
  }
  await answer();
  await expect.poll(() => savedAttempts(page)).toBe(4);
});

test('F6/F7: malformed deck messages neither crash the projector nor break its sync', async ({ page, context }) => {
  const presenter = page;
  await presenter.goto('./#/presenter/understanding/1');
  await expect(presenter.getByRole('heading', { name: '讲师备注' })).toBeVisible();
  const audience = await context.newPage();
  await audience.goto('./#/present/understanding/1');
  await expect(audience.locator('[data-stage="current"] section.slide')).toHaveAttribute('data-slide', '1');

  const intruder = await context.newPage();
  await intruder.goto('./');
  await intruder.evaluate(() => {
    const channel = new BroadcastChannel('complaint-course:deck');
    channel.postMessage({
      kind: 'state',
      from: 'x',
      at: Date.now() + 1,
      state: { overlay: 'timer', timer: { label: { evil: 1 }, durationMs: 1000, endsAt: null, remainingMs: 1000 } },
    });
    channel.postMessage({ kind: 'state', from: 'x', at: Infinity, state: {} });
    channel.close();
  });
  await presenter.getByRole('button', { name: '下一页' }).click();
  await presenter.getByRole('button', { name: '下一页' }).click();
  await expect(audience.locator('[data-stage="current"] section.slide')).toHaveAttribute('data-slide', '3');
  await expect(audience.getByText('页面出错了')).toHaveCount(0);
});
