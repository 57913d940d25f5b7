// Every slide, at every step, of every lecture fits the projector's 1920×1080 canvas at the theme's
// type scale: nothing below the footer or past the right edge, body text 28 px or more, slide
// headings 48 px or more. One test per lecture, named by its id: `-g understanding` runs one.
import type { Page } from '@playwright/test';
import { readLectureIndex } from '../../src/lib/mdx/vite-plugin-lecture-index';
import { expect, test } from './fixtures';

const MIN_BODY_PX = 28;
const MIN_HEADING_PX = 48;

interface Measure {
  slide: number;
  step: number;
  problems: string[];
}

/** Measures the slide on the projector stage (in canvas px: the viewport is the canvas's size). */
function measure(page: Page, limits: { body: number; heading: number }): Promise<Measure> {
  return page.evaluate(({ body, heading }) => {
    const stage = document.querySelector<HTMLElement>('[data-stage="current"]')!;
    const canvas = stage.querySelector<HTMLElement>('.deck-canvas')!;
    const slide = canvas.querySelector<HTMLElement>('section.slide')!;
    const footer = canvas.querySelector<HTMLElement>('.deck-footer')!;
    const scale = canvas.getBoundingClientRect().width / 1920;
    const box = canvas.getBoundingClientRect();
    const floor = footer.getBoundingClientRect().top;
    const problems: string[] = [];
    let bottom = 0;
    let right = 0;
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
    }
    if (bottom > floor + 1) problems.push(`超出底部 ${Math.round((bottom - floor) / scale)} px`);
    if (right > box.right + 1) problems.push(`超出右边 ${Math.round((right - box.right) / scale)} px`);
    const small = new Set<string>();
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility()) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      const isHeading = parent.closest('h1, h2') !== null;
      const min = isHeading ? heading : body;
      if (size < min - 0.01) small.add(`${isHeading ? '标题' : '正文'} ${size} px（“${text.slice(0, 12)}”）`);
    }
    if (small.size > 0) problems.push(`字号过小：${[...small].slice(0, 3).join('；')}`);
    return { slide: Number(slide.dataset.slide), step: Number(stage.dataset.step), problems };
  }, limits);
}

async function position(page: Page): Promise<string> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-stage="current"]');
    const slide = stage?.querySelector<HTMLElement>('section.slide');
    return slide ? `${slide.dataset.slide}.${stage!.dataset.step}` : '';
  });
}

for (const lecture of readLectureIndex(process.cwd())) {
  const { id, title } = lecture.frontmatter;
  test(`${id}: every slide and step fits the 1920×1080 projector canvas (${title})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`./#/present/${id}/1`);
    // The heading takes focus once the deck is mounted, and with it its keys.
    await expect(page.locator('[data-stage="current"] section.slide h2').first()).toBeFocused();
    const failures: string[] = [];
    const count = lecture.slides.length;
    for (let guard = 0; guard < 2000; guard++) {
      const result = await measure(page, { body: MIN_BODY_PX, heading: MIN_HEADING_PX });
      if (result.problems.length > 0) {
        const heading = lecture.slides[result.slide - 1]?.title ?? '';
        const step = result.step > 0 ? ` 第 ${result.step} 步` : '';
        failures.push(`${id} 第 ${result.slide}/${count} 页${step}「${heading}」：${result.problems.join('；')}`);
      }
      const before = await position(page);
      await page.keyboard.press('ArrowRight');
      const moved = await page
        .waitForFunction(
          (prev) => {
            const stage = document.querySelector<HTMLElement>('[data-stage="current"]');
            const slide = stage?.querySelector<HTMLElement>('section.slide') ?? null;
            const at = `${stage?.querySelector<HTMLElement>('section.slide')?.dataset.slide}.${stage?.dataset.step}`;
            return slide !== null && at !== prev;
          },
          before,
          { timeout: result.slide === count ? 1500 : 10_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!moved) {
        expect(result.slide, `${id}: the walk stopped before the last slide`).toBe(count);
        break;
      }
    }
    if (failures.length > 0) console.log(`${id}: ${failures.length} 处不合格\n${failures.join('\n')}`);
    expect(failures, `${failures.length} 处不合格：\n${failures.join('\n')}`).toEqual([]);
  });
}
