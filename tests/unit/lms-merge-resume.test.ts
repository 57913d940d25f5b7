import { mergeResume } from '../../src/features/progress/lms/merge-resume';
import type { ResumeState } from '../../src/features/progress/lms/suspend-data';
import type { CaseStudyData } from '../../src/lib/quiz/types';
import { bankAttempt } from './quiz-fixtures';
import { loadLectureCases } from '../content/content-helpers';

let cases: CaseStudyData[] = [];
beforeAll(async () => {
  cases = (await loadLectureCases()).flatMap((l) => l.list);
});

const empty = (): ResumeState => ({ lectures: {}, attempts: [], review: {} });
const answer = (c: CaseStudyData, i: number, score: number, at: number) =>
  bankAttempt(c.questions[i].id, c.id, score, at);

describe('merging the LMS resume state', () => {
  it('unites seen slides and takes the newer position', () => {
    const local = { ...empty(), lectures: { understanding: { seen: [1, 2], last: 2, updatedAt: 100 } } };
    const remote = {
      ...empty(),
      lectures: {
        understanding: { seen: [5, 6], last: 6, updatedAt: 200 },
        toolbox: { seen: [1], last: 1, updatedAt: 50 },
      },
    };
    expect(mergeResume(local, remote)!.lectures).toEqual({
      understanding: { seen: [1, 2, 5, 6], last: 6, updatedAt: 200 },
      toolbox: { seen: [1], last: 1, updatedAt: 50 },
    });
    const older = { ...empty(), lectures: { understanding: { seen: [3], last: 3, updatedAt: 10 } } };
    expect(mergeResume(local, older)!.lectures.understanding).toEqual({ seen: [1, 2, 3], last: 2, updatedAt: 100 });
  });

  it('keeps local attempts and adds only newer answers, with their review entries', () => {
    const [c] = cases;
    const local = { ...empty(), attempts: [answer(c, 0, 1, 500)] };
    const remote: ResumeState = {
      ...empty(),
      attempts: [answer(c, 0, 0, 400), answer(c, 1, 0, 300)],
      review: {
        [c.questions[0].id]: { box: 1, due: 400, lastWrong: true, wrongCount: 1, firstWrongAt: 400 },
        [c.questions[1].id]: { box: 1, due: 300, lastWrong: true, wrongCount: 1, firstWrongAt: 300 },
      },
    };
    const merged = mergeResume(local, remote)!;
    expect(merged.attempts).toEqual([answer(c, 1, 0, 300), answer(c, 0, 1, 500)]);
    expect(Object.keys(merged.review)).toEqual([c.questions[1].id]);
  });

  it('returns null when the LMS knows nothing new', () => {
    const local = { ...empty(), lectures: { understanding: { seen: [1, 2], last: 2, updatedAt: 100 } } };
    expect(
      mergeResume(local, { ...empty(), lectures: { understanding: { seen: [2], last: 2, updatedAt: 60 } } }),
    ).toBeNull();
    expect(mergeResume(local, empty())).toBeNull();
  });
});
