// The one definition of read / completed / passed / certified that the progress page, the
// certificate and the LMS share.
import { courseResult } from '../../src/lib/progress/course-result';
import { summarise } from '../../src/lib/progress/progress-summary';
import { courseReport } from '../../src/features/progress/lms/course-report';
import { lectures } from '../../src/lib/content/lectures';
import { loadCaseRegistry } from '../../src/lib/quiz/case-registry';
import type { CaseStudyData } from '../../src/lib/quiz/types';
import { normalise } from '../../src/store/migrations';
import { bankAttempt } from './quiz-fixtures';

const outline = lectures.map((l) => ({ id: l.frontmatter.id, slides: l.slides.length }));
const allRead = () =>
  Object.fromEntries(
    outline.map((l) => [l.id, { seen: Array.from({ length: l.slides }, (_, i) => i + 1), last: 1, updatedAt: 1 }]),
  );
const answers = (cases: CaseStudyData[], score: (c: CaseStudyData) => number) =>
  cases.flatMap((c) => c.questions.map((q, i) => bankAttempt(q.id, c.id, score(c), 1000 + i)));

describe('course result', () => {
  it('counts a lecture read only when every slide is seen, and the course completed when all are', async () => {
    const { cases } = await loadCaseRegistry();
    const lectureState = allRead();
    expect(courseResult(outline, cases, { lectures: lectureState, attempts: [] }).completed).toBe(true);
    lectureState.toolbox = { ...lectureState.toolbox, seen: lectureState.toolbox.seen.slice(1) };
    const result = courseResult(outline, cases, { lectures: lectureState, attempts: [] });
    expect(result.completed).toBe(false);
    expect(result.lectures.find((l) => l.id === 'toolbox')).toMatchObject({ read: false });
  });

  it('passes only when every case passes; one weak case fails however high the mean', async () => {
    const { cases } = await loadCaseRegistry();
    const all = courseResult(outline, cases, { lectures: allRead(), attempts: answers(cases, () => 1) });
    expect(all).toMatchObject({ success: 'passed', passed: true, certified: true, score: 100 });
    const weak = courseResult(outline, cases, {
      lectures: allRead(),
      attempts: answers(cases, (c) => (c === cases[3] ? 0.5 : 1)),
    });
    expect(weak).toMatchObject({ success: 'failed', passed: false, certified: false });
    expect(weak.score).toBeGreaterThan(90);
    const some = courseResult(outline, cases, { lectures: {}, attempts: answers(cases.slice(0, 2), () => 1) });
    expect(some).toMatchObject({ success: 'unknown', answered: true });
  });

  it('gives the certificate, the progress page and the LMS the same verdict', async () => {
    const registry = await loadCaseRegistry();
    const { cases } = registry;
    for (const attempts of [answers(cases, () => 1), answers(cases, (c) => (c === cases[0] ? 0 : 1))]) {
      const state = normalise({ lectures: allRead(), attempts });
      const page = summarise(lectures, state, registry);
      const lms = courseReport({ ...state, lectures: state.lectures }, { lectures: outline, cases });
      expect(page.complete).toBe(lms.completion === 'completed' && lms.success === 'passed');
    }
  });
});
