// Serves the LMS host page on the course's own origin (so the framed course can reach its API),
// from files in this folder and scorm-again's browser builds in node_modules: no network.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';

const here = new URL('./', import.meta.url);
const scormAgain = new URL('../../../node_modules/scorm-again/dist/', import.meta.url);

const files: Record<string, { url: URL; type: string }> = {
  'host.html': { url: new URL('host.html', here), type: 'text/html; charset=utf-8' },
  'host.js': { url: new URL('host.js', here), type: 'text/javascript' },
  'scorm12.min.js': { url: new URL('scorm12.min.js', scormAgain), type: 'text/javascript' },
  'scorm2004.min.js': { url: new URL('scorm2004.min.js', scormAgain), type: 'text/javascript' },
};

export interface LmsWindow {
  lms: { log: string[]; cmi: () => Record<string, unknown> };
}

/** Opens the host page with the given SCORM version; resolves to the course's frame. */
export async function openHost(page: Page, version: '1.2' | '2004', suspendData?: string): Promise<Frame> {
  await page.route('**/scorm-host/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const file = files[name];
    if (!file) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(file.url), contentType: file.type });
  });
  if (suspendData !== undefined) {
    await page.addInitScript((data) => {
      (window as unknown as { __scormSuspendData: string }).__scormSuspendData = data;
    }, suspendData);
  }
  // The host sits beside the course (at /scorm-host/), on the same origin.
  await page.goto(`../scorm-host/host.html?version=${version}`);
  const frame = page.frame({ url: /\/course\// });
  if (!frame) throw new Error('the course frame did not load');
  return frame;
}

/** Every call the course made to the LMS, as "Name element=value" lines. */
export const lmsLog = (page: Page) => page.evaluate(() => (window as unknown as LmsWindow).lms.log);

/** The CMI data as the LMS holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CMI as plain JSON
export const lmsCmi = (page: Page): Promise<any> => page.evaluate(() => (window as unknown as LmsWindow).lms.cmi());

/** Moves the course to another screen the way its links do: a hash change, never a reload. */
export async function showInCourse(frame: Frame, hash: string) {
  await frame.evaluate((h) => {
    location.hash = h;
  }, hash);
}
