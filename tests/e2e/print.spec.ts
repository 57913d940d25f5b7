// Printed slides and handouts, checked in the PDF Chromium makes of them: every page has text, every
// slide heading is printed, and no text is smaller than 12 pt on slides or 9 pt in handout notes.
import type { Page } from '@playwright/test';
import { readLectureIndex } from '../../src/lib/mdx/vite-plugin-lecture-index';
import { expect, test } from './fixtures';

const MIN_SLIDE_PT = 12;
const MIN_NOTES_PT = 9;

interface PdfPage {
  text: string;
  smallest: number;
  smallestText: string;
}

// pdf.js reads some CJK glyphs as radicals (⽬ for 目, ⼾ for 户), which fonts draw alike: in the
// PDF's text they become a placeholder that matches any Han character of a heading.
// (Exact sizes are what this test is about; the headings need only be recognisably there.)
const RADICAL = /[\u2E80-\u2FDF]/gu;
const normalize = (text: string) => text.replace(RADICAL, '□').normalize('NFKC').replace(/\s+/g, '');
const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function headingPattern(title: string): RegExp {
  // Punctuation (dashes, quotes) may come out of a PDF as another mark: it matches any one character.
  const chars = [...normalize(title)].map((ch) =>
    /\p{Script=Han}/u.test(ch) ? `(?:${escape(ch)}|□)` : /[\p{L}\p{N}]/u.test(ch) ? escape(ch) : '.?',
  );
  return new RegExp(chars.join(''), 'u');
}

/** pdf.js (PDF.js 6) expects Node 22's Promise.withResolvers; the project runs on Node 20. */
async function loadPdfJs() {
  const promise = Promise as PromiseConstructor & { withResolvers?: unknown };
  promise.withResolvers ??= function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const made = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise: made, resolve, reject };
  };
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Each page's text (spaces removed) and its smallest font size in pt (PDF units are points). */
async function readPdf(data: Buffer): Promise<PdfPage[]> {
  const { getDocument } = await loadPdfJs();
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    let smallest = Infinity;
    let smallestText = '';
    let text = '';
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const size = Math.hypot(item.transform[2], item.transform[3]);
      text += item.str;
      if (size < smallest) [smallest, smallestText] = [size, item.str];
    }
    pages.push({ text: normalize(text), smallest, smallestText });
  }
  await pdf.cleanup();
  return pages;
}

async function printed(page: Page, path: string): Promise<PdfPage[]> {
  await page.goto(path);
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  return readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

function problems(pages: PdfPage[], titles: string[], minPt: number): string[] {
  const found: string[] = [];
  pages.forEach((p, i) => {
    if (p.text === '') found.push(`第 ${i + 1} 页没有文字`);
    if (p.smallest < minPt - 0.05)
      found.push(`第 ${i + 1} 页字号 ${p.smallest.toFixed(1)} pt 小于 ${minPt} pt（“${p.smallestText.slice(0, 12)}”）`);
  });
  const all = pages.map((p) => p.text);
  for (const title of titles) {
    const wanted = headingPattern(title);
    if (!all.some((text) => wanted.test(text))) found.push(`缺少幻灯片标题「${title}」`);
  }
  return found;
}

for (const lecture of readLectureIndex(process.cwd())) {
  const { id } = lecture.frontmatter;
  const titles = lecture.slides.map((s) => s.title).filter(Boolean);

  test(`${id}: printed slides, one per A4 landscape page, 12 pt or more`, async ({ page }) => {
    test.setTimeout(120_000);
    const pages = await printed(page, `./#/print/${id}`);
    expect(pages.length).toBeGreaterThanOrEqual(lecture.slides.length);
    expect(problems(pages, titles, MIN_SLIDE_PT)).toEqual([]);
  });

  test(`${id}: printed handouts with notes, 9 pt or more`, async ({ page }) => {
    test.setTimeout(120_000);
    const pages = await printed(page, `./#/print/${id}?notes=1`);
    expect(pages.length).toBeGreaterThan(lecture.slides.length);
    expect(problems(pages, titles, MIN_NOTES_PT)).toEqual([]);
  });
}

test('Ctrl+P on the projector prints the whole deck, as the print screen does', async ({ page }) => {
  const lecture = readLectureIndex(process.cwd())[0];
  await page.goto(`./#/present/${lecture.frontmatter.id}/4`);
  await expect(page.locator('[data-stage="current"] section.slide h2')).toBeFocused();
  const pages = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const titles = lecture.slides.map((s) => s.title).filter(Boolean);
  expect(pages.length).toBeGreaterThanOrEqual(lecture.slides.length);
  expect(problems(pages, titles, MIN_SLIDE_PT)).toEqual([]);
});
