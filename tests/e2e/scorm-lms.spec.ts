// What a training manager sees in the LMS, and what the LMS keeps when things go wrong: every
// question kind as an interaction, each lecture as an objective, a new attempt that starts empty
// beside other progress in this browser, and a change that survives a killed page. Against
// scorm-again in the host frame, for SCORM 1.2 and 2004.
import type { Frame, Page } from '@playwright/test';
import { lectureCases as understanding } from '../../content/lectures/01-understanding/cases';
import { lectureCases as techniques } from '../../content/lectures/02-techniques/cases';
import { lectureCases as difficult } from '../../content/lectures/03-difficult/cases';
import { lectureCases as toolbox } from '../../content/lectures/04-toolbox/cases';
import { replay } from '../../src/lib/quiz/roleplay';
import type { Question } from '../../src/lib/quiz/types';
import { expect, test } from './fixtures';
import { type Cmi, lmsCmi, openHost, showInCourse } from './scorm-host/serve-host';

const cases = [...understanding, ...techniques, ...difficult, ...toolbox];
const kinds: Question['kind'][] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'rewrite', 'roleplay'];

/** The first question of each kind, with its case and its place in the case. */
const samples = kinds.map((kind) => {
  const owner = cases.find((c) => c.questions.some((q) => q.kind === kind))!;
  const index = owner.questions.findIndex((q) => q.kind === kind);
  return { kind, caseId: owner.id, index, question: owner.questions[index] };
});

/** Answers one question through the course's own controls, as a learner does. */
async function answer(frame: Frame, sample: (typeof samples)[number]) {
  await showInCourse(frame, `#/cases/${sample.caseId}`);
  const card = frame.locator('section.question').nth(sample.index);
  const q = sample.question;
  switch (q.kind) {
    case 'single':
      await card.getByLabel(q.options[0].text, { exact: true }).check();
      break;
    case 'multiple':
      for (const o of q.options.slice(0, 2)) await card.getByLabel(o.text, { exact: true }).check();
      break;
    case 'truefalse':
      await card.getByLabel('正确', { exact: true }).check();
      break;
    case 'ordering':
      break; // Submitted in the order shown.
    case 'matching':
      for (const p of q.pairs) await card.getByRole('combobox', { name: p.left }).selectOption(p.right);
      break;
    case 'rewrite':
      await card.getByRole('radio', { name: '自己改写' }).check();
      await card.getByRole('textbox', { name: '您的说法' }).fill('对不起，这件事我来帮您处理好。');
      break;
    case 'roleplay': {
      // Always the first reply, until an ending.
      const path: string[] = [];
      for (;;) {
        const run = replay(q, path);
        if (run.ending) break;
        const reply = q.steps.find((s) => s.id === run.at)!.replies[0];
        await card.getByRole('button', { name: reply.text, exact: true }).click();
        path.push(reply.id);
      }
      await expect(card.getByRole('heading', { name: /结局/ })).toBeVisible();
      return;
    }
  }
  await card.getByRole('button', { name: '提交答案' }).click();
  await expect(card.getByRole('status')).toBeVisible();
}

const interactions = (cmi: Cmi): Record<string, string>[] =>
  Object.values(cmi.interactions ?? {}).map((i) => {
    const record = i as Record<string, unknown>;
    const correct = Object.values((record.correct_responses ?? {}) as Record<string, { pattern: string }>);
    return { ...(record as Record<string, string>), pattern: correct[0]?.pattern ?? '' };
  });

for (const version of ['1.2', '2004'] as const) {
  const is2004 = version === '2004';
  const responseKey = is2004 ? 'learner_response' : 'student_response';

  test(`SCORM ${version}: every question kind is reported as an interaction, every lecture as an objective`, async ({
    page,
  }) => {
    const { frame } = await openHost(page, version);
    for (const sample of samples) await answer(frame, sample);
    await expect.poll(async () => interactions(await lmsCmi(page)).length).toBe(samples.length);
    const cmi = await lmsCmi(page);
    const byId = new Map(interactions(cmi).map((i) => [i.id, i]));
    const expected12: Record<string, [string, RegExp]> = {
      single: ['choice', /^[0-9a-z]$/],
      multiple: ['choice', /^[0-9a-z](,[0-9a-z])+$/],
      truefalse: ['true-false', /^[tf]$/],
      ordering: ['sequencing', /^[0-9a-z](,[0-9a-z])+$/],
      matching: ['matching', /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/],
      rewrite: ['fill-in', /^对不起，这件事我来帮您处理好。$/],
      roleplay: ['sequencing', /^[0-9a-z](,[0-9a-z])+$/],
    };
    const id = String.raw`[\w\-()+.:=@;$!*'%/#]+`;
    const expected2004: Record<string, [string, RegExp]> = {
      single: ['choice', new RegExp(`^${id}$`)],
      multiple: ['choice', new RegExp(`^${id}\\[,\\]${id}$`)],
      truefalse: ['true-false', /^true$/],
      ordering: ['sequencing', new RegExp(`^${id}(\\[,\\]${id})+$`)],
      matching: ['matching', new RegExp(`^${id}\\[\\.\\]t\\d+(\\[,\\]${id}\\[\\.\\]t\\d+)*$`)],
      rewrite: ['long-fill-in', /^\{lang=zh-CN\}对不起，这件事我来帮您处理好。$/],
      roleplay: ['sequencing', new RegExp(`^${id}(\\[,\\]${id})+$`)],
    };
    for (const sample of samples) {
      const record = byId.get(sample.question.id);
      expect(record, sample.kind).toBeDefined();
      const [type, format] = (is2004 ? expected2004 : expected12)[sample.kind];
      expect(record!.type, sample.kind).toBe(type);
      expect(record![responseKey], sample.kind).toMatch(format);
      expect(record!.result, sample.kind).toMatch(is2004 ? /^(correct|incorrect)$/ : /^(correct|wrong)$/);
      expect(record!.latency, sample.kind).toMatch(
        is2004 ? /^PT\d+H\d+M\d+(\.\d{1,2})?S$/ : /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/,
      );
      expect(record![is2004 ? 'timestamp' : 'time'], sample.kind).toMatch(
        is2004 ? /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/ : /^\d\d:\d\d:\d\d$/,
      );
      if (sample.kind !== 'rewrite' || is2004) expect(record!.pattern, sample.kind).not.toBe('');
      if (is2004) expect(record!.description, sample.kind).toMatch(/^\{lang=zh-CN\}\S/);
    }
    // Each lecture an objective, with its status and its score.
    const objectives = Object.values(cmi.objectives ?? {}) as Record<string, Cmi>[];
    expect(objectives.map((o) => o.id)).toEqual(['understanding', 'techniques', 'difficult', 'toolbox']);
    for (const o of objectives) {
      expect(o.score).toMatchObject({ min: '0', max: '100' });
      expect(o.score.raw).toMatch(/^\d+$/);
      if (is2004) {
        expect(o.success_status).toMatch(/^(unknown|passed|failed)$/);
        expect(o.completion_status).toMatch(/^(not attempted|incomplete|completed)$/);
      } else expect(o.status).toMatch(/^(not attempted|incomplete|completed|passed|failed)$/);
    }
    // The lectures whose cases were answered have a score above zero.
    const answered = new Set(samples.map((s) => cases.find((c) => c.id === s.caseId)!.lectureId));
    for (const o of objectives.filter((o) => answered.has(o.id))) expect(Number(o.score.raw)).toBeGreaterThan(0);
  });

  test(`SCORM ${version}: a new attempt starts empty beside other progress in this browser, and offers it`, async ({
    page,
  }) => {
    // Someone used the course in this browser outside the LMS (or another learner did).
    const lectures = { understanding: { seen: [1, 2, 3, 4], last: 4, updatedAt: Date.UTC(2026, 0, 5) } };
    const seeded = JSON.stringify({ state: { lectures, attempts: [], review: {}, timeSpent: {} }, version: 3 });
    await page.addInitScript((value) => {
      if (window.top === window && !localStorage.getItem('complaint-course:progress'))
        localStorage.setItem('complaint-course:progress', value);
    }, seeded);
    const { frame } = await openHost(page, version);
    const dialog = frame.getByRole('dialog', { name: '发现其他学习记录' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('已读 4 节');
    // Nothing came in unasked: the attempt is empty in the course and in the LMS.
    const cmi = await lmsCmi(page);
    expect(is2004 ? cmi.completion_status : cmi.core.lesson_status).toMatch(/^(incomplete|unknown|not attempted)$/);
    expect(is2004 ? cmi.score.raw : cmi.core.score.raw).toBe('');
    expect(cmi.suspend_data).not.toContain('understanding');
    await dialog.getByRole('button', { name: '不并入' }).click();
    await expect(dialog).toBeHidden();
    await showInCourse(frame, '#/progress');
    await expect(frame.getByRole('region', { name: '各讲进度表' })).toContainText('0/');
    await expect(frame.getByText('学习进度由学习平台记录').first()).toBeVisible();
    await expect(frame.getByText(/只保存在本浏览器/)).toHaveCount(0);
    // The other copy is left exactly as it was; this attempt has its own key.
    const keys = await frame.evaluate(() => ({ ...localStorage }));
    expect(keys['complaint-course:progress']).toBe(seeded);
    expect(Object.keys(keys)).toContain(
      `complaint-course:progress:lms:complaint-course-scorm${is2004 ? '2004' : '12'}:student1`,
    );
    // And no service worker inside the LMS.
    expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  });

  test(`SCORM ${version}: a change reaches the LMS's server within 30 s, so a page killed then keeps it`, async ({
    page,
  }) => {
    await page.clock.install();
    const host = await openHost(page, version);
    const location = (cmi: Cmi | null) => (is2004 ? cmi?.location : cmi?.core?.lesson_location);
    await expect.poll(() => host.committed() !== null).toBe(true);
    await showInCourse(host.frame, '#/lectures/toolbox/3');
    await expect.poll(async () => location(await lmsCmi(page))).toBe('toolbox/3');
    // Set in the LMS, not committed yet: a crash now would lose it.
    expect(location(host.committed())).not.toBe('toolbox/3');
    await page.clock.runFor(30_000);
    await expect.poll(() => location(host.committed())).toBe('toolbox/3');
    await crash(page);
    expect(location(host.committed())).toBe('toolbox/3');
  });
}

/** Kills the page's renderer: no pagehide, no unload, nothing more sent. */
async function crash(page: Page) {
  const crashed = page.waitForEvent('crash');
  const cdp = await page.context().newCDPSession(page);
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}
