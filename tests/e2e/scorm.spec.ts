// The built course inside an LMS frame, against scorm-again (a real LMS-side SCORM runtime) in the
// host page: what the LMS receives is asserted, for SCORM 1.2 and SCORM 2004.
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { decodeSuspendData, encodeSuspendData, type ResumeState } from '../../src/features/progress/lms/suspend-data';
import { MAX_DWELL_MS } from '../../src/features/course/reading-dwell';
import { readLectureIndex } from '../../src/lib/mdx/vite-plugin-lecture-index';
import type { Attempt } from '../../src/lib/quiz/attempt';
import { lectureCases as understanding } from '../../content/lectures/01-understanding/cases';
import { lectureCases as techniques } from '../../content/lectures/02-techniques/cases';
import { lectureCases as difficult } from '../../content/lectures/03-difficult/cases';
import { lectureCases as toolbox } from '../../content/lectures/04-toolbox/cases';
import { expect, test } from './fixtures';
import { lmsCmi, lmsLog, openHost, showInCourse } from './scorm-host/serve-host';

const lectures = readLectureIndex(fileURLToPath(new URL('../../', import.meta.url)));
const cases = [...understanding, ...techniques, ...difficult, ...toolbox];
const toolboxSlides = lectures.find((l) => l.frontmatter.id === 'toolbox')!.slides.length;
const count = (log: string[], name: string) => log.filter((line) => line === name).length;

/** Scrolls through the first slides of the toolbox lecture as a reader does. */
async function readToolbox(frame: Frame, upTo: number) {
  await showInCourse(frame, '#/lectures/toolbox');
  await expect(frame.getByRole('heading', { level: 2, name: '学习目标' })).toBeVisible();
  // A section counts as read after it has been on screen a while (reading-dwell.ts).
  await frame.page().clock.fastForward(MAX_DWELL_MS);
  for (let n = 2; n <= upTo; n++) {
    await frame.evaluate((i) => document.getElementById(`slide-${i}`)!.scrollIntoView({ block: 'start' }), n);
    await expect.poll(() => frame.evaluate(() => location.hash)).toBe(`#/lectures/toolbox/${n}`);
    await frame.page().clock.fastForward(MAX_DWELL_MS);
  }
}

/** Answers the two questions of the 态度 = 100 exercise correctly. */
async function answerAttitudeCase(frame: Frame) {
  await showInCourse(frame, '#/cases/attitude-100');
  const question = (n: number) => frame.locator('section.question').nth(n - 1);
  await question(1).getByLabel('ATTITUDE（心态）').check();
  await question(1).getByRole('button', { name: '提交答案' }).click();
  await expect(question(1).getByRole('status')).toContainText('回答正确');
  await question(2).getByLabel('错误', { exact: true }).check();
  await question(2).getByRole('button', { name: '提交答案' }).click();
  await expect(question(2).getByRole('status')).toContainText('回答正确');
}

/** Leaves the course as a learner closing it in the LMS would: its frame goes elsewhere. */
async function leaveCourse(page: Page) {
  await page.evaluate(() => {
    (document.getElementById('course') as HTMLIFrameElement).src = 'about:blank';
  });
}

test('SCORM 1.2: a new learner reads, answers a case and leaves; the LMS gets status, score, location, time', async ({
  page,
}) => {
  await page.clock.install();
  const { frame } = await openHost(page, '1.2');
  await expect.poll(() => lmsLog(page)).toContain('LMSInitialize');
  await expect.poll(async () => (await lmsCmi(page)).core.lesson_status).toBe('incomplete');

  await readToolbox(frame, 6);
  await expect.poll(async () => (await lmsCmi(page)).core.lesson_location).toBe('toolbox/6');
  const commitsAfterReading = count(await lmsLog(page), 'LMSCommit');

  await answerAttitudeCase(frame);
  const score = String(Math.round(100 / cases.length));
  await expect.poll(async () => (await lmsCmi(page)).core.score.raw).toBe(score);
  const cmi = await lmsCmi(page);
  expect(cmi.core.score).toMatchObject({ raw: score, min: '0', max: '100' });
  expect(cmi.core.lesson_status).toBe('incomplete');
  expect(count(await lmsLog(page), 'LMSCommit'), 'a finished case is committed').toBeGreaterThan(commitsAfterReading);

  const saved = decodeSuspendData(cmi.suspend_data)!;
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4000);
  expect(saved.lectures.toolbox!.seen).toEqual([1, 2, 3, 4, 5, 6]);
  expect(saved.attempts.filter((a) => a.caseId === 'attitude-100' && a.correct)).toHaveLength(2);

  await leaveCourse(page);
  await expect.poll(() => lmsLog(page)).toContain('LMSFinish');
  const log = await lmsLog(page);
  expect(log.indexOf('LMSCommit', log.indexOf('LMSSetValue cmi.core.exit=suspend'))).toBeGreaterThan(0);
  expect(log.at(-1)).toBe('LMSFinish');
  const final = await lmsCmi(page);
  expect(final.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(final.core.session_time).not.toMatch(/^0+:00:00(\.0+)?$/);
  expect(final.core.exit).toBe('suspend');
});

/** A learner who did everything but the last toolbox slide and the 态度 = 100 case elsewhere. */
function almostDone(): ResumeState {
  const at = Date.UTC(2026, 0, 5, 9);
  const state: ResumeState = { lectures: {}, attempts: [], review: {} };
  for (const lecture of lectures) {
    const slides = lecture.slides.length - (lecture.frontmatter.id === 'toolbox' ? 1 : 0);
    state.lectures[lecture.frontmatter.id] = {
      seen: Array.from({ length: slides }, (_, i) => i + 1),
      last: slides,
      // The toolbox was read last.
      updatedAt: lecture.frontmatter.id === 'toolbox' ? at + 60_000 : at,
    };
  }
  for (const c of cases.filter((c) => c.id !== 'attitude-100'))
    for (const q of c.questions)
      state.attempts.push({
        questionId: q.id,
        caseId: c.id,
        answer: null,
        correct: true,
        score: 1,
        at,
        durationMs: 0,
        mode: 'bank',
      } satisfies Attempt);
  return state;
}

test('SCORM 2004: a returning learner resumes from suspend_data, finishes, and the LMS gets completed and passed', async ({
  page,
}) => {
  await page.clock.install();
  const { frame } = await openHost(page, '2004', { suspendData: encodeSuspendData(almostDone()) });
  await expect.poll(() => lmsLog(page)).toContain('Initialize');
  // The progress kept by the LMS is the course's own now.
  await expect(
    frame.getByRole('link', { name: new RegExp(`继续学习：第四讲 百宝箱 · 第 ${toolboxSlides - 1} 节`) }),
  ).toBeVisible();
  await expect
    .poll(async () => (await lmsCmi(page)).score.raw)
    .toBe(String(Math.round((100 * (cases.length - 1)) / cases.length)));
  let cmi = await lmsCmi(page);
  expect([cmi.completion_status, cmi.success_status]).toEqual(['incomplete', 'unknown']);

  await answerAttitudeCase(frame);
  await expect.poll(async () => (await lmsCmi(page)).success_status).toBe('passed');
  await showInCourse(frame, `#/lectures/toolbox/${toolboxSlides}`);
  await expect(frame.locator(`#slide-${toolboxSlides}`)).toBeFocused();
  await page.clock.fastForward(MAX_DWELL_MS);
  await expect.poll(async () => (await lmsCmi(page)).completion_status).toBe('completed');
  cmi = await lmsCmi(page);
  expect(cmi.score).toMatchObject({ raw: '100', min: '0', max: '100', scaled: '1' });
  expect(cmi.location).toBe(`toolbox/${toolboxSlides}`);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(4000);
  expect(decodeSuspendData(cmi.suspend_data)!.lectures.toolbox!.seen).toHaveLength(toolboxSlides);
  const log = await lmsLog(page);
  expect(log.lastIndexOf('Commit')).toBeGreaterThan(log.indexOf('SetValue cmi.success_status=passed'));

  await leaveCourse(page);
  await expect.poll(() => lmsLog(page)).toContain('Terminate');
  const final = await lmsCmi(page);
  expect(final.session_time).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
  expect(final.session_time).not.toMatch(/^PT0H0M0(\.0+)?S$/);
  expect(final.exit).toBe('suspend');
  expect((await lmsLog(page)).at(-1)).toBe('Terminate');
});
