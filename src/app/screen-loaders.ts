// The code of each lazily loaded screen, in one place: the routes render them (routes.tsx), and
// main.tsx starts loading the screen a deep link opens, and its content, before React starts.
import { loadCaseRegistry } from '../lib/quiz/case-registry';
import { bodyFileForId, bodySource } from '../lib/content/lecture-body-loaders';
import { moduleSource } from '../lib/module-source';
import { routePath } from './first-screen';

export const screenLoaders = {
  lecture: moduleSource(() => import('./lecture-route')),
  caseBank: moduleSource(() => import('../features/quiz/case-bank-screen')),
  case: moduleSource(() => import('../features/quiz/case-screen')),
  exam: moduleSource(() => import('../features/quiz/exam-screen')),
  review: moduleSource(() => import('../features/quiz/review-screen')),
  handbook: moduleSource(() => import('../features/handbook/handbook-screen')),
  about: moduleSource(() => import('../features/course/about-screen')),
  classroom: moduleSource(() => import('../features/presenter/classroom/classroom-screen')),
  decks: moduleSource(() => import('./deck-routes')),
  progress: moduleSource(() => import('../features/progress/progress-screen')),
  certificate: moduleSource(() => import('../features/progress/certificate-screen')),
  search: moduleSource(() => import('../features/search/search-screen')),
};

type Preload = (match: RegExpExecArray) => Promise<unknown>[];

const lectureBody = (id: string) => {
  const file = bodyFileForId(id);
  const source = file ? bodySource(file) : undefined;
  return source ? [source.load()] : [];
};

// First match wins. The case screens need every lecture's cases (the case registry).
const preloads: [RegExp, Preload][] = [
  [/^\/lectures\/([^/]+)/, (m) => [screenLoaders.lecture.load(), ...lectureBody(m[1])]],
  [/^\/(?:present|presenter|print)\/([^/]+)/, (m) => [screenLoaders.decks.load(), ...lectureBody(m[1])]],
  [/^\/cases\/[^/]+/, () => [screenLoaders.case.load(), loadCaseRegistry()]],
  [/^\/cases\/?$/, () => [screenLoaders.caseBank.load(), loadCaseRegistry()]],
  [/^\/exam\/?$/, () => [screenLoaders.exam.load(), loadCaseRegistry()]],
  [/^\/review\/?$/, () => [screenLoaders.review.load(), loadCaseRegistry()]],
  [/^\/handbook\/?$/, () => [screenLoaders.handbook.load()]],
  [/^\/about\/?$/, () => [screenLoaders.about.load()]],
  [/^\/classroom\/?$/, () => [screenLoaders.classroom.load()]],
  [/^\/progress\/certificate\/?$/, () => [screenLoaders.certificate.load()]],
  [/^\/progress\/?$/, () => [screenLoaders.progress.load()]],
  [/^\/search\/?$/, () => [screenLoaders.search.load(), loadCaseRegistry()]],
];

/**
 * Starts loading the code and content of the screen `hash` opens, in parallel with the app itself,
 * rather than after it has rendered the route. Resolves when they have arrived or failed (a
 * failure is the screen's to report, when it renders).
 */
export function preloadScreen(hash: string): Promise<void> {
  // Without this, a deep link would wait for the app, then the screen, then its content, in turn.
  const path = routePath(hash);
  for (const [pattern, preload] of preloads) {
    const match = pattern.exec(path);
    if (match) return Promise.allSettled(preload(match)).then(() => undefined);
  }
  return Promise.resolve();
}
