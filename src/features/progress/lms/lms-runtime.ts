// One LMS session: resume from suspend_data, report progress as it changes (debounced), answers
// as interactions and lectures as objectives, commit on milestones, at most 30 s after any change
// and on leaving. A value counts as sent only once the LMS accepted it; what it refused is sent
// again with the next report. Every dependency is passed in, so tests can drive it.
import type { Attempt } from '../../../lib/quiz/attempt';
import type { CaseStudyData, Question } from '../../../lib/quiz/types';
import { mergePersisted } from '../../../store/merge-persisted';
import { normalise } from '../../../store/migrations';
import { combineStatus, type CourseOutline, courseReport } from './course-report';
import { interactionElements } from './interaction-format';
import type { LmsAdapter } from './lms-adapter';
import { decodeSuspendData, encodeSuspendData, type ResumeState } from './suspend-data';

export interface ResumeStore {
  getState(): ResumeState;
  setState(state: ResumeState): void;
  subscribe(listener: () => void): () => void;
}

export interface SessionOptions {
  adapter: LmsAdapter;
  store: ResumeStore;
  lectures: CourseOutline['lectures'];
  loadCases: () => Promise<CaseStudyData[]>;
  win?: Window;
  now?: () => number;
  debounceMs?: number;
  /** The longest a change waits for a commit (the LMS sends nothing to its server before one). */
  commitWithinMs?: number;
  /** Runs after the resume, before the first report (the offer to bring in other progress). */
  afterResume?: () => void;
}

/** SCORM 2004 requires LMSs to keep at least 250 interactions; 1.2 names no number. */
export const MAX_INTERACTIONS = 250;
export const COMMIT_WITHIN_MS = 30_000;

const pick = (s: ResumeState): ResumeState => ({ lectures: s.lectures, attempts: s.attempts, review: s.review });
const minute = (ms: number) => Math.floor(ms / 60_000);
const echo = (a: Attempt) => `${a.questionId}@${minute(a.at)}@${a.score.toFixed(3)}`;

/**
 * Folds the LMS's copy into local progress with the same merge the tabs use. suspend_data keeps
 * times to the minute, so an answer that is also here comes back a little earlier: such echoes are
 * dropped first, or every launch would add them again as new answers.
 */
export function resumeFrom(text: string, local: ResumeState, known: Set<string>): ResumeState | null {
  const remote = decodeSuspendData(text);
  if (!remote) return null;
  const here = new Set(local.attempts.map(echo));
  // normalise() validates both and numbers their attempts, as every other read of saved data does.
  return mergePersisted(
    normalise({ ...local, timeSpent: {} }),
    normalise({
      lectures: Object.fromEntries(Object.entries(remote.lectures).filter(([id]) => known.has(id))),
      attempts: remote.attempts.filter((a) => !here.has(echo(a))),
      review: {},
      timeSpent: {},
    }),
  );
}

/** Only what the course knows goes into suspend_data: stray ids must not crowd out the real ones. */
export function knownOnly(state: ResumeState, lectures: Set<string>, questions: Map<string, unknown>): ResumeState {
  return {
    lectures: Object.fromEntries(Object.entries(state.lectures).filter(([id]) => lectures.has(id))),
    attempts: state.attempts.filter((a) => questions.has(a.questionId)),
    review: Object.fromEntries(Object.entries(state.review).filter(([id]) => questions.has(id))),
  };
}

/** Starts the session; returns the function that ends it (also called on pagehide). */
export function runLmsSession(options: SessionOptions): () => void {
  const { adapter, store, lectures } = options;
  const win = options.win ?? window;
  const now = options.now ?? Date.now;
  const startedAt = now();
  const knownLectures = new Set(lectures.map((l) => l.id));
  const resumed = resumeFrom(adapter.readSuspendData(), pick(store.getState()), knownLectures);
  if (resumed) store.setState(resumed);
  options.afterResume?.();
  const lmsStatus = adapter.readStatus();

  let ended = false;
  let cases: CaseStudyData[] | null = null;
  let questions = new Map<string, Question>();
  let milestones: string | null = null;
  const sent = new Map<string, string>();
  /** Accepted since the last successful commit. */
  let dirty = false;
  /** The last report had a value the LMS refused: it is sent again with the next commit. */
  let refused = false;
  // Only what changed goes to the LMS: some LMSs make a server round-trip per SetValue.
  const send = (key: string, value: string, write: () => boolean) => {
    if (sent.get(key) === value) return false;
    if (!write()) {
      refused = true;
      return false;
    }
    sent.set(key, value);
    dirty = true;
    return true;
  };

  // Interactions: answers given in this session, each at its own index (journaled), in order.
  let nextInteraction = adapter.interactionCount();
  const interactionIndex = new Map<string, number>();
  const objectiveIndex = new Map(adapter.objectiveIds().map((id, n) => [id, n]));
  const reportAnswers = (state: ResumeState) => {
    for (const attempt of state.attempts) {
      if (attempt.at < startedAt) continue;
      const key = `${attempt.questionId}@${attempt.at}`;
      const question = questions.get(attempt.questionId);
      if (!question || sent.has(`interaction:${key}`)) continue;
      const elements = interactionElements(adapter.version, question, attempt);
      if (!elements) continue;
      let n = interactionIndex.get(key);
      if (n === undefined) {
        if (nextInteraction >= MAX_INTERACTIONS) return;
        n = nextInteraction++;
        interactionIndex.set(key, n);
      }
      send(`interaction:${key}`, 'sent', () => adapter.writeAll(`cmi.interactions.${n}`, elements));
    }
  };

  /** Reports the current state; true when it is worth a commit at once. */
  const report = (): boolean => {
    refused = false;
    const state = pick(store.getState());
    const current = courseReport(state, { lectures, cases });
    const status = combineStatus(lmsStatus, current);
    const statusChanged = send('status', `${status.completion}/${status.success}`, () => adapter.writeStatus(status));
    const { score, location } = current;
    if (score !== null) send('score', String(score), () => adapter.writeScore(score));
    if (location !== null) send('location', location, () => adapter.writeLocation(location));
    // Until the case bank is known, suspend_data is left as the LMS has it (see knownOnly).
    if (cases) {
      const data = encodeSuspendData(knownOnly(state, knownLectures, questions));
      send('suspend', data, () => adapter.writeSuspendData(data));
      reportAnswers(state);
    }
    for (const lecture of current.lectures ?? []) {
      const elements = adapter.objectiveElements(lecture);
      let n = objectiveIndex.get(lecture.id);
      if (n === undefined) objectiveIndex.set(lecture.id, (n = objectiveIndex.size));
      send(`objective:${lecture.id}`, JSON.stringify(elements), () =>
        adapter.writeAll(`cmi.objectives.${n}`, elements),
      );
    }
    const milestone = milestones !== current.milestones;
    milestones = current.milestones;
    return statusChanged || milestone;
  };

  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let commitTimer: ReturnType<typeof setTimeout> | undefined;
  const commit = () => {
    clearTimeout(commitTimer);
    commitTimer = undefined;
    if (adapter.commit()) dirty = false;
    // A refused commit, or refused values, are tried again with the next commit.
    if (dirty || refused) commitSoon();
  };
  const commitNow = () => {
    report();
    if (dirty) commit();
    else {
      clearTimeout(commitTimer);
      commitTimer = undefined;
      if (refused) commitSoon();
    }
  };
  /** Commits no later than `commitWithinMs` after the first change not yet committed. */
  const commitSoon = () => {
    commitTimer ??= setTimeout(commitNow, options.commitWithinMs ?? COMMIT_WITHIN_MS);
  };
  const flush = () => {
    clearTimeout(reportTimer);
    reportTimer = undefined;
    if (report()) commit();
    else if (dirty || refused) commitSoon();
  };
  // Batches changes: at most one report per interval, however often the store changes (a timer
  // that restarted on every change could wait for ever while a reading clock ticks).
  const schedule = () => {
    reportTimer ??= setTimeout(flush, options.debounceMs ?? 1000);
    commitSoon();
  };

  report();
  commit();
  const unsubscribe = store.subscribe(schedule);
  options.loadCases().then(
    (loaded) => {
      if (ended) return;
      cases = loaded;
      questions = new Map(loaded.flatMap((c) => c.questions.map((q) => [q.id, q] as const)));
      flush();
    },
    () => {
      // Without the cases there is no score to report; reading progress still is.
    },
  );

  const save = () => {
    clearTimeout(reportTimer);
    reportTimer = undefined;
    report();
    commit();
  };
  // A hidden page may never come back (mobile browsers kill it): save what we have.
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') save();
  };
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(reportTimer);
    clearTimeout(commitTimer);
    unsubscribe();
    win.removeEventListener('pagehide', end);
    win.removeEventListener('beforeunload', save);
    win.document.removeEventListener('visibilitychange', onVisibility);
    report();
    adapter.writeSessionTime(now() - startedAt);
    adapter.writeExit('suspend');
    adapter.commit();
    adapter.terminate();
  };
  // beforeunload also fires for downloads and mailto: links that do not leave, so it only saves;
  // pagehide is the real leaving, and the one place the session is terminated.
  win.addEventListener('beforeunload', save);
  win.addEventListener('pagehide', end);
  win.document.addEventListener('visibilitychange', onVisibility);
  return end;
}
