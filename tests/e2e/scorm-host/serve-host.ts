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

export interface Launch {
  /** What the LMS kept from an earlier session. */
  suspendData?: string;
  learnerId?: string;
  /** 'ab-initio' (a new attempt) unless suspend data is given. */
  entry?: string;
  /** The API appears this long after the host page loads. */
  lateMs?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CMI as plain JSON
export type Cmi = any;

export interface Host {
  frame: Frame;
  /** What the LMS's server has received: the CMI of the last Commit (or finish), null before one. */
  committed: () => Cmi | null;
}

/** Opens the host page with the given SCORM version and attempt; resolves to the course's frame. */
export async function openHost(page: Page, version: '1.2' | '2004', launch: Launch = {}): Promise<Host> {
  await page.route('**/scorm-host/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const file = files[name];
    if (!file) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(file.url), contentType: file.type });
  });
  let committed: Cmi | null = null;
  await page.exposeFunction('__lmsCommitted', (json: string) => {
    committed = JSON.parse(json);
  });
  await page.addInitScript((value) => {
    (window as unknown as { __scormLaunch: Launch }).__scormLaunch = value;
  }, launch);
  // The host sits beside the course (at /scorm-host/), on the same origin.
  await page.goto(`../scorm-host/host.html?version=${version}`);
  const frame = page.frame({ url: /\/course\// });
  if (!frame) throw new Error('the course frame did not load');
  return { frame, committed: () => committed };
}

/** Every call the course made to the LMS, as "Name element=value" lines. */
export const lmsLog = (page: Page) => page.evaluate(() => (window as unknown as LmsWindow).lms.log);

/** The CMI data as the LMS holds it (committed or not). */
export const lmsCmi = (page: Page): Promise<Cmi> => page.evaluate(() => (window as unknown as LmsWindow).lms.cmi());

/** Moves the course to another screen the way its links do: a hash change, never a reload. */
export async function showInCourse(frame: Frame, hash: string) {
  await frame.evaluate((h) => {
    location.hash = h;
  }, hash);
}
