import { describe, expect, it } from 'vitest';
import { checkRewrite } from '../../src/lib/quiz/rewrite-rules';
import { analyseRolePlay } from '../../src/lib/quiz/roleplay';
import type { CaseStudyData, Question } from '../../src/lib/quiz/types';
import { lectureIndex, loadLectureCases, mdxSource } from './content-helpers';

const lectureCases = await loadLectureCases();
const allCases = lectureCases.flatMap((l) => l.list);
const allQuestions = allCases.flatMap((c) => c.questions.map((q) => ({ c, q })));

const requiredCaseIds = [
  'free-ringtone',
  'ringtone-bundle',
  'tariff-switch',
  'telemarketing-recording',
  'promo-ended',
  'caller-id',
  'wrong-topup',
  'closed-number',
  'network-outage',
  'interconnection',
  'ke-investigation',
  'info-fee-35',
  'type-complaint-for-living',
  'type-know-it-all',
  'type-policy-challenger',
  'type-reason-first',
  'type-chameleon',
  'type-repeat-question',
  'type-asks-why',
  'type-cannot-understand',
];

function problemsOf(c: CaseStudyData, q: Question): string[] {
  const problems: string[] = [];
  const lecture = lectureIndex.find((l) => l.frontmatter.id === c.lectureId)!;
  const slide = lecture.slides[q.section.slide - 1];
  if (!slide) problems.push(`section slide ${q.section.slide} does not exist`);
  else if (!q.section.heading || !slide.title.includes(q.section.heading)) {
    problems.push(`section heading "${q.section.heading}" is not in slide ${q.section.slide} "${slide.title}"`);
  }
  if (q.explanation.trim().length < 10) problems.push('explanation missing or too short');
  if (!q.prompt.trim()) problems.push('prompt missing');
  const unique = (values: string[], what: string) => {
    if (new Set(values).size !== values.length) problems.push(`${what} not unique`);
  };
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      unique(
        q.options.map((o) => o.id),
        'option ids',
      );
      unique(
        q.options.map((o) => o.text),
        'option texts',
      );
      const ids = q.options.map((o) => o.id);
      const correct = q.kind === 'single' ? [q.correct] : q.correct;
      if (q.options.length < 2) problems.push('fewer than two options');
      if (correct.length === 0 || !correct.every((id) => ids.includes(id))) problems.push('correct option missing');
      if (q.kind === 'multiple') unique(q.correct, 'correct ids');
      break;
    }
    case 'truefalse':
      if (!q.statement.trim()) problems.push('statement missing');
      break;
    case 'ordering':
      if (q.items.length < 3) problems.push('fewer than three items');
      unique(
        q.items.map((i) => i.id),
        'item ids',
      );
      unique(
        q.items.map((i) => i.text),
        'item texts',
      );
      break;
    case 'matching':
      if (q.pairs.length < 3) problems.push('fewer than three pairs');
      unique(
        q.pairs.map((p) => p.id),
        'pair ids',
      );
      unique(
        q.pairs.map((p) => p.left),
        'left items',
      );
      break;
    case 'rewrite': {
      unique(
        q.choices.map((o) => o.text),
        'choice texts',
      );
      if (q.choices.filter((o) => o.correct).length !== 1) problems.push('not exactly one correct choice');
      if (!checkRewrite(q, q.modelAnswer).passed) problems.push('model answer fails its own rules');
      if (q.mustInclude.length === 0) problems.push('no rules');
      break;
    }
    case 'roleplay': {
      problems.push(...analyseRolePlay(q).map((p) => p.message));
      const kinds = new Set(q.endings.map((e) => e.ending));
      for (const kind of ['resolved', 'escalated', 'lost'] as const)
        if (!kinds.has(kind)) problems.push(`no ${kind} ending`);
      break;
    }
  }
  return problems;
}

describe('cases', () => {
  it('have unique ids across the course, and unique question ids', () => {
    const caseIds = allCases.map((c) => c.id);
    expect(caseIds.length).toBeGreaterThan(20);
    expect(new Set(caseIds).size).toBe(caseIds.length);
    const questionIds = allQuestions.map(({ q }) => q.id);
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it.each(requiredCaseIds)('include %s with at least one question', (id) => {
    const found = allCases.find((c) => c.id === id);
    expect(found, `case ${id} is missing`).toBeDefined();
    expect(found!.questions.length).toBeGreaterThan(0);
  });

  it('belong to the lecture whose folder holds them, and are all listed in lectureCases', () => {
    for (const { folder, named, list } of lectureCases) {
      const lecture = lectureIndex.find((l) => l.file.includes(`/${folder}/`))!;
      for (const c of list) expect(c.lectureId, c.id).toBe(lecture.frontmatter.id);
      expect([...named.values()].map((c) => c.id).sort()).toEqual(list.map((c) => c.id).sort());
    }
  });

  it('are each placed in their lecture with <CaseStudy data={…} />', () => {
    const unplaced: string[] = [];
    for (const { folder, named } of lectureCases) {
      const lecture = lectureIndex.find((l) => l.file.includes(`/${folder}/`))!;
      const source = mdxSource(lecture.file);
      for (const [name, c] of named) {
        if (!new RegExp(`<CaseStudy\\s+data=\\{${name}\\}`).test(source)) unplaced.push(`${c.id} (${name})`);
      }
    }
    expect(unplaced).toEqual([]);
  });

  it('every question is answerable, explained and linked to the section it tests', () => {
    const problems = allQuestions.flatMap(({ c, q }) => problemsOf(c, q).map((p) => `${q.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('use every question type somewhere in the course', () => {
    const kinds = new Set(allQuestions.map(({ q }) => q.kind));
    expect([...kinds].sort()).toEqual([
      'matching',
      'multiple',
      'ordering',
      'rewrite',
      'roleplay',
      'single',
      'truefalse',
    ]);
  });

  it('make the 35元 information fee a branching role-play', () => {
    const infoFee = allCases.find((c) => c.id === 'info-fee-35')!;
    expect(infoFee.lectureId).toBe('techniques');
    expect(infoFee.questions.some((q) => q.kind === 'roleplay')).toBe(true);
  });
});
