// Every question kind reported as a SCORM interaction, in each version's format; the real course
// content must produce values a real LMS runtime (scorm-again) accepts, element by element.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { interactionElements, SHORT_IDENTIFIER } from '../../src/features/progress/lms/interaction-format';
import type { Answer } from '../../src/lib/quiz/answers';
import type { Attempt } from '../../src/lib/quiz/attempt';
import { correctAnswer, grade } from '../../src/lib/quiz/grading';
import { replay } from '../../src/lib/quiz/roleplay';
import type { CaseStudyData, Question } from '../../src/lib/quiz/types';
import { loadLectureCases } from '../content/content-helpers';

let cases: CaseStudyData[] = [];
beforeAll(async () => {
  cases = (await loadLectureCases()).flatMap((l) => l.list);
});

const at = Date.UTC(2026, 10, 26, 1, 2, 3, 450);
const attemptFor = (question: Question, answer: Answer): Attempt => {
  const { correct, score } = grade(question, answer);
  return { questionId: question.id, caseId: 'c', answer, correct, score, at, durationMs: 75_500, mode: 'bank' };
};
const asMap = (elements: [string, string][] | null) => Object.fromEntries(elements ?? []);
const find = <K extends Question['kind']>(kind: K) =>
  cases.flatMap((c) => c.questions).find((q) => q.kind === kind) as Extract<Question, { kind: K }>;

/** An answer for every question: the model answer where there is one, else a real play-through. */
function someAnswer(question: Question): Answer {
  if (question.kind === 'rewrite')
    return { kind: 'rewrite', answer: { mode: 'written', text: `{开头}\n${question.modelAnswer}` } };
  if (question.kind === 'roleplay') {
    const path = [question.steps[0].replies[0].id];
    let run = replay(question, path);
    while (!run.ending) {
      const step = question.steps.find((s) => s.id === run.at)!;
      path.push(step.replies[0].id);
      run = replay(question, path);
    }
    return { kind: 'roleplay', answer: { path, endingId: run.ending.id } };
  }
  return correctAnswer(question)!;
}

function refusalsOf(version: '1.2' | '2004', question: Question, elements: [string, string][]) {
  const api = version === '2004' ? new Scorm2004API({ logLevel: 5 }) : new Scorm12API({ logLevel: 5 });
  const set = (e: string, v: string) =>
    api instanceof Scorm2004API ? api.SetValue(e, v) : (api as Scorm12API).LMSSetValue(e, v);
  if (api instanceof Scorm2004API) api.Initialize('');
  else (api as Scorm12API).LMSInitialize('');
  return elements
    .filter(([e, v]) => set(`cmi.interactions.0.${e}`, v) !== 'true')
    .map(([e, v]) => `${question.id} ${e}=${v}`);
}

describe('interaction formats', () => {
  it('single and multiple choice: choice, letters in 1.2, option ids joined by [,] in 2004', () => {
    const single = find('single');
    const r12 = asMap(
      interactionElements('1.2', single, attemptFor(single, { kind: 'single', optionId: single.options[1].id })),
    );
    expect(r12).toMatchObject({
      id: single.id,
      type: 'choice',
      student_response: 'b',
      result: single.correct === single.options[1].id ? 'correct' : 'wrong',
      latency: '00:01:15.50',
    });
    expect(r12.time).toMatch(/^\d\d:\d\d:\d\d$/);
    const multiple = find('multiple');
    const ids = [multiple.options[0].id, multiple.options[2].id];
    const r2004 = asMap(
      interactionElements('2004', multiple, attemptFor(multiple, { kind: 'multiple', optionIds: ids })),
    );
    expect(r2004).toMatchObject({
      type: 'choice',
      learner_response: ids.join('[,]'),
      latency: 'PT0H1M15.50S',
      timestamp: '2026-11-26T01:02:03.45Z',
    });
    expect(r2004['correct_responses.0.pattern']).toBe(multiple.correct.join('[,]'));
    expect(r2004.description).toBe(`{lang=zh-CN}${multiple.prompt.replace(/\s+/g, ' ').slice(0, 250)}`);
  });

  it('true-false: t/f in 1.2, true/false in 2004', () => {
    const q = find('truefalse');
    const a = attemptFor(q, { kind: 'truefalse', value: false });
    expect(asMap(interactionElements('1.2', q, a))).toMatchObject({
      type: 'true-false',
      student_response: 'f',
      'correct_responses.0.pattern': q.correct ? 't' : 'f',
    });
    expect(asMap(interactionElements('2004', q, a))).toMatchObject({
      type: 'true-false',
      learner_response: 'false',
      result: q.correct ? 'incorrect' : 'correct',
    });
  });

  it('ordering as sequencing, matching as source.target pairs', () => {
    const ordering = find('ordering');
    const reversed = [...ordering.items].reverse().map((i) => i.id);
    expect(
      asMap(interactionElements('1.2', ordering, attemptFor(ordering, { kind: 'ordering', itemIds: reversed }))),
    ).toMatchObject({
      type: 'sequencing',
      student_response: [...'abcdefghijklmnopqrstuvwxyz'.slice(0, reversed.length)].reverse().join(','),
      result: 'wrong',
    });
    expect(
      asMap(interactionElements('2004', ordering, attemptFor(ordering, { kind: 'ordering', itemIds: reversed })))
        .learner_response,
    ).toBe(reversed.join('[,]'));
    const matching = find('matching');
    const model = correctAnswer(matching)!;
    const r2004 = asMap(interactionElements('2004', matching, attemptFor(matching, model)));
    expect(r2004.type).toBe('matching');
    expect(r2004.learner_response).toBe(r2004['correct_responses.0.pattern']);
    expect(r2004.learner_response.split('[,]')[0]).toMatch(new RegExp(`^${matching.pairs[0].id}\\[\\.\\]t\\d+$`));
    expect(asMap(interactionElements('1.2', matching, attemptFor(matching, model))).student_response).toMatch(
      /^([0-9a-z]\.[0-9a-z])(,[0-9a-z]\.[0-9a-z])*$/,
    );
  });

  it('rewrite: a chosen rewrite is choice; a written one fill-in (1.2, 255 chars) / long-fill-in (2004)', () => {
    const q = find('rewrite');
    const chosen = asMap(
      interactionElements(
        '2004',
        q,
        attemptFor(q, { kind: 'rewrite', answer: { mode: 'choice', choiceId: q.choices[0].id } }),
      ),
    );
    expect(chosen).toMatchObject({ type: 'choice', learner_response: q.choices[0].id });
    const long = '好'.repeat(300);
    const written = attemptFor(q, { kind: 'rewrite', answer: { mode: 'written', text: `{x}\n${long}` } });
    const r12 = asMap(interactionElements('1.2', q, written));
    expect(r12).toMatchObject({ type: 'fill-in' });
    expect(r12.student_response).toHaveLength(255);
    const r2004 = asMap(interactionElements('2004', q, written));
    expect(r2004.type).toBe('long-fill-in');
    expect(r2004.learner_response).toBe(`{lang=zh-CN}｛x} ${long}`);
  });

  it('role-play: sequencing of the chosen replies, the best path as the correct pattern', () => {
    const q = find('roleplay');
    const answer = someAnswer(q);
    const r2004 = asMap(interactionElements('2004', q, attemptFor(q, answer)));
    expect(r2004.type).toBe('sequencing');
    expect(r2004.learner_response).toBe((answer as Extract<Answer, { kind: 'roleplay' }>).answer.path.join('[,]'));
    const best = r2004['correct_responses.0.pattern'].split('[,]');
    const ending = replay(q, best).ending!;
    expect(ending.ending).toBe('resolved');
    expect(ending.score).toBe(Math.max(...q.endings.filter((e) => e.ending === 'resolved').map((e) => e.score)));
    expect(asMap(interactionElements('1.2', q, attemptFor(q, answer))).student_response).toMatch(
      /^[0-9a-z](,[0-9a-z])*$/,
    );
  });

  it('reports nothing for a revealed answer (nothing was answered)', () => {
    const q = find('single');
    expect(
      interactionElements('2004', q, {
        ...attemptFor(q, { kind: 'single', optionId: q.correct }),
        answer: null,
        revealed: true,
      }),
    ).toBeNull();
  });

  it('every question of the course gives values scorm-again accepts, in both versions', () => {
    const refused: string[] = [];
    for (const question of cases.flatMap((c) => c.questions)) {
      for (const version of ['1.2', '2004'] as const) {
        const elements = interactionElements(version, question, attemptFor(question, someAnswer(question)));
        expect(elements, question.id).not.toBeNull();
        refused.push(...refusalsOf(version, question, elements!));
      }
    }
    expect(refused).toEqual([]);
  });

  it('uses only identifiers that are legal SCORM 2004 short identifiers', () => {
    const ids = cases.flatMap((c) =>
      c.questions.flatMap((q) => [
        q.id,
        ...('options' in q ? q.options.map((o) => o.id) : []),
        ...(q.kind === 'ordering' ? q.items.map((i) => i.id) : []),
        ...(q.kind === 'matching' ? q.pairs.map((p) => p.id) : []),
        ...(q.kind === 'rewrite' ? q.choices.map((x) => x.id) : []),
        ...(q.kind === 'roleplay' ? q.steps.flatMap((s) => s.replies.map((r) => r.id)) : []),
      ]),
    );
    expect(ids.filter((id) => !SHORT_IDENTIFIER.test(id))).toEqual([]);
  });
});
