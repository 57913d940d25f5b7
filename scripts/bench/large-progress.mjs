// Quiz answer → feedback painted with a large saved progress (6,000 answers, about 1 MB) and a
// second tab of the course open, which follows every write (reliability review F25; target ≤ 50 ms).
// Run alone against a built dist/: `node scripts/bench/large-progress.mjs` (npm run bench runs it too).
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve.mjs';
import { median, paintedAfterChange } from './page-timing.mjs';

const KEY = 'complaint-course:progress';
const ANSWERS = 6_000;

/** Saved progress of the current store version with `count` answers spread over the last 90 days. */
function largeProgress(count, now = Date.now()) {
  const attempts = Array.from({ length: count }, (_, i) => ({
    questionId: `bench-q${i % 400}`,
    caseId: `bench-case${i % 40}`,
    answer: { kind: 'single', optionId: 'abcd'[i % 4] },
    correct: i % 3 !== 0,
    score: i % 3 !== 0 ? 1 : 0,
    at: now - (count - i) * 60_000,
    durationMs: 20_000 + (i % 50) * 1000,
    mode: 'bank',
    seq: i + 1,
  }));
  return JSON.stringify({ version: 4, state: { lectures: {}, attempts, review: {}, timeSpent: {} } });
}

export async function largeProgressFigures(baseUrl, samples = 15) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(paintedAfterChange);
  try {
    const seed = await context.newPage();
    await seed.goto(`${baseUrl}#/`);
    const size = await seed.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
        return value.length;
      },
      [KEY, largeProgress(ANSWERS)],
    );
    await seed.close();

    // The second tab: a lecture, which also saves reading time while it is open.
    const other = await context.newPage();
    await other.goto(`${baseUrl}#/lectures/understanding/2`);
    const quiz = await context.newPage();
    await quiz.goto(`${baseUrl}#/cases/tariff-switch`);
    const card = quiz.locator('section.question').first();
    await card.locator('input[type=radio]').first().waitFor();
    const feedback = [];
    for (let i = 0; i < samples; i++) {
      await card.locator('input[type=radio]').first().check();
      feedback.push(
        await card.evaluate(async (section) => {
          const submit = section.querySelector('button[type=submit]');
          const start = performance.now();
          submit.click();
          const end = await window.paintedAfterChange(() => section.querySelector('.feedback') !== null);
          return end - start;
        }),
      );
      await card.getByRole('button', { name: '再答一次' }).click();
      // Let the batched write land and the other tab take it in, as between two real answers.
      await quiz.waitForTimeout(600);
    }
    const saved = await quiz.evaluate((key) => JSON.parse(localStorage.getItem(key)).state.attempts.length, KEY);
    const inOtherTab = await other.evaluate((key) => JSON.parse(localStorage.getItem(key)).state.attempts.length, KEY);
    return {
      feedbackMs: median(feedback),
      worstMs: Math.max(...feedback),
      samples,
      kb: size / 1024,
      saved,
      inOtherTab,
    };
  } finally {
    await browser.close();
  }
}

export function printLargeProgress(f) {
  console.log(
    `\n== Large progress (${ANSWERS} answers, ${f.kb.toFixed(0)} KB saved, two tabs; median of ${f.samples})`,
  );
  console.log(
    `quiz answer → feedback painted    ${f.feedbackMs.toFixed(1)} ms   (target ≤ 50 ms; worst ${f.worstMs.toFixed(1)} ms)`,
  );
  console.log(
    `answers saved afterwards          ${f.saved}, seen by the other tab ${f.inOtherTab} (${ANSWERS} + ${f.samples} expected)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveDist(Number(process.env.BENCH_PORT || 4180));
  try {
    printLargeProgress(await largeProgressFigures(server.url, Number(process.env.BENCH_SAMPLES || 15)));
  } finally {
    await server.stop();
  }
}
