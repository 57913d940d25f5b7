// The learner's progress as the progress page and the certificate show it: the shared derivations
// (course-result.ts) plus what those screens add (next steps, weak topics, time).
import type { Lecture } from '../content/lectures';
import { readableSlides } from '../content/readable-slides';
import type { CaseRegistry } from '../quiz/case-registry';
import { caseResult, latestAttempts } from '../quiz/case-scores';
import type { PersistedState } from '../../store/migrations';
import { continuePoint } from './continue-point';
import { courseResult } from './course-result';

export interface LectureSummary {
  lecture: Lecture;
  slidesRead: number;
  slidesTotal: number;
  /** First unread slide, or null when all are read. */
  nextUnread: number | null;
  casesPassed: number;
  casesTotal: number;
  /** Mean case score, 0–100. */
  caseScore: number;
  /** Reading time plus time spent answering its cases, in ms. */
  timeMs: number;
}

export interface WeakTopic {
  lectureId: string;
  slide: number;
  heading: string;
  wrong: number;
}

export interface CaseToPass {
  id: string;
  title: string;
  /** 0–100; what it scores now. */
  score: number;
}

export interface CourseSummary {
  lectures: LectureSummary[];
  readShare: number;
  casesPassed: number;
  casesTotal: number;
  /** What stands between the learner and the certificate. */
  slidesLeft: number;
  casesToPass: CaseToPass[];
  /** Every lecture read and every case passed (course-result.ts `certified`): the certificate is offered. */
  complete: boolean;
  weakest: WeakTopic[];
  /** Where to go on: the next unread slide, else the first case not yet passed. */
  continueTo: { to: string; label: string } | null;
}

export function summarise(lectures: Lecture[], state: PersistedState, registry: CaseRegistry): CourseSummary {
  const outline = lectures.map((l) => ({
    id: l.frontmatter.id,
    slides: l.slides.length,
    readable: readableSlides(l).map((s) => s.index),
  }));
  const result = courseResult(outline, registry.cases, state);
  const summaries = lectures.map((lecture, i): LectureSummary => {
    const id = lecture.frontmatter.id;
    const seen = new Set(state.lectures[id]?.seen ?? []);
    const derived = result.lectures[i];
    const caseIds = new Set(registry.cases.filter((c) => c.lectureId === id).map((c) => c.id));
    const answering = state.attempts.filter((a) => caseIds.has(a.caseId)).reduce((ms, a) => ms + a.durationMs, 0);
    return {
      lecture,
      slidesRead: derived.slidesRead,
      slidesTotal: derived.slidesTotal,
      nextUnread: outline[i].readable.find((n) => !seen.has(n)) ?? null,
      casesPassed: derived.casesPassed,
      casesTotal: derived.casesTotal,
      caseScore: derived.score,
      timeMs: (state.timeSpent[id] ?? 0) + answering,
    };
  });

  const totalSlides = summaries.reduce((n, s) => n + s.slidesTotal, 0);
  const readSlides = summaries.reduce((n, s) => n + s.slidesRead, 0);
  const casesPassed = summaries.reduce((n, s) => n + s.casesPassed, 0);
  const casesTotal = summaries.reduce((n, s) => n + s.casesTotal, 0);

  // Weak spots are questions whose latest answer is still wrong: answering right clears them.
  const latest = latestAttempts(state.attempts);
  const bySection = new Map<string, WeakTopic>();
  for (const attempt of state.attempts) {
    if (attempt.correct || latest.get(attempt.questionId)?.correct !== false) continue;
    const ref = registry.questions.get(attempt.questionId);
    if (!ref) continue;
    const { slide, heading } = ref.question.section;
    const key = `${ref.caseData.lectureId}/${slide}`;
    const topic = bySection.get(key) ?? { lectureId: ref.caseData.lectureId, slide, heading, wrong: 0 };
    topic.wrong += 1;
    bySection.set(key, topic);
  }
  const weakest = [...bySection.values()].sort((a, b) => b.wrong - a.wrong).slice(0, 5);

  const casesToPass = registry.cases
    .map((c) => ({ id: c.id, title: c.title, result: caseResult(c, state.attempts) }))
    .filter(({ result }) => result.status !== 'passed')
    .map(({ id, title, result }) => ({ id, title, score: result.score }));

  // "Continue here" is the course's one definition (where the reader stopped); before any reading,
  // the first section; once all is read, the first case not yet passed.
  const point = continuePoint(lectures, state.lectures);
  const unread = summaries.find((s) => s.nextUnread !== null);
  const reading = point
    ? { lecture: point.lecture, slide: point.slide }
    : readSlides === 0 && unread
      ? { lecture: unread.lecture, slide: unread.nextUnread! }
      : null;
  const continueTo = reading
    ? {
        to: `/lectures/${reading.lecture.frontmatter.id}/${reading.slide}`,
        label: `继续阅读：${reading.lecture.frontmatter.title} 第 ${reading.slide} 节`,
      }
    : casesToPass.length > 0
      ? { to: `/cases/${casesToPass[0].id}`, label: `继续练习：${casesToPass[0].title}` }
      : null;

  return {
    lectures: summaries,
    readShare: totalSlides ? readSlides / totalSlides : 0,
    casesPassed,
    casesTotal,
    slidesLeft: totalSlides - readSlides,
    casesToPass,
    complete: result.certified,
    weakest,
    continueTo,
  };
}

export function formatMinutes(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return ms > 0 ? '不到 1 分钟' : '0 分钟';
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h} 小时 ${minutes % 60} 分钟` : `${minutes} 分钟`;
}
