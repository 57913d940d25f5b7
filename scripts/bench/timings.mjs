// In-browser timings (Performance API, median of many): slide change, quiz answer → feedback
// painted, presenter → audience sync. Each is measured inside the page from the input event to
// the start of the frame that paints the change.
import { chromium } from '@playwright/test';
import { median, paintedAfterChange } from './page-timing.mjs';

/** A first visit to a deck paints its prerendered first slide before the app runs: wait for the app. */
async function appLive(page) {
  await page.locator('[data-stage="current"] section.slide h2').waitFor();
  await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
}

export async function timingFigures(baseUrl, samples = 25) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // An init script (not eval, which the course's CSP forbids) installs the measuring helper.
  await context.addInitScript(paintedAfterChange);
  try {
    // Slide change on the audience view.
    const deck = await context.newPage();
    await deck.goto(`${baseUrl}#/present/understanding/1`);
    await appLive(deck);
    const slideChange = [];
    for (let i = 0; i < samples; i++) {
      slideChange.push(
        await deck.evaluate(async () => {
          const wait = window.paintedAfterChange;
          const before = document.querySelector('[data-stage="current"] section.slide')?.getAttribute('data-slide');
          const start = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
          const end = await wait(
            () => document.querySelector('[data-stage="current"] section.slide')?.getAttribute('data-slide') !== before,
          );
          return end - start;
        }),
      );
      await deck.keyboard.press('Home');
      await deck.locator('[data-stage="current"] section.slide[data-slide="1"]').waitFor();
    }

    // Quiz answer → feedback painted.
    const quiz = await context.newPage();
    await quiz.goto(`${baseUrl}#/cases/tariff-switch`);
    const card = quiz.locator('section.question').first();
    await card.locator('input[type=radio]').first().waitFor();
    const feedback = [];
    for (let i = 0; i < samples; i++) {
      await card.locator('input[type=radio]').first().check();
      feedback.push(
        await card.evaluate(async (section) => {
          const wait = window.paintedAfterChange;
          const submit = section.querySelector('button[type=submit]');
          const start = performance.now();
          submit.click();
          const end = await wait(() => section.querySelector('.feedback') !== null);
          return end - start;
        }),
      );
      await card.getByRole('button', { name: '再答一次' }).click();
    }

    // Presenter → audience: from the key press in the console to the audience's painted frame.
    const presenter = await context.newPage();
    await presenter.goto(`${baseUrl}#/presenter/understanding/1`);
    await presenter.getByRole('heading', { name: '讲师备注' }).waitFor();
    const audience = await context.newPage();
    await audience.goto(`${baseUrl}#/present/understanding/1`);
    await appLive(audience);
    const sync = [];
    for (let i = 0; i < samples; i++) {
      const target = String(i % 2 === 0 ? 2 : 1);
      const arrived = audience.evaluate(async (slide) => {
        const wait = window.paintedAfterChange;
        await wait(
          () => document.querySelector('[data-stage="current"] section.slide')?.getAttribute('data-slide') === slide,
        );
        return performance.timeOrigin + performance.now();
      }, target);
      const sent = await presenter.evaluate(
        (key) => {
          const at = performance.timeOrigin + performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key }));
          return at;
        },
        i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft',
      );
      sync.push((await arrived) - sent);
    }
    return { slideChangeMs: median(slideChange), feedbackMs: median(feedback), presenterSyncMs: median(sync), samples };
  } finally {
    await browser.close();
  }
}
