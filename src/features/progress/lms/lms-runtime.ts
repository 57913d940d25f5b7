// One LMS session: resume from suspend_data, report progress as it changes (debounced), commit on
// milestones, and finish on leaving. Every dependency is passed in, so tests can drive it.
import type { CaseStudyData } from '../../../lib/quiz/types';
import { combineStatus, type CourseOutline, courseReport } from './course-report';
import type { LmsAdapter } from './lms-adapter';
import { mergePersisted } from '../../../store/merge-persisted';
import type { PersistedState } from '../../../store/migrations';
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
}

const pick = (s: ResumeState): ResumeState => ({ lectures: s.lectures, attempts: s.attempts, review: s.review });

const minute = (ms: number) => Math.floor(ms / 60_000);

/**
 * Folds the LMS's copy into local progress with the same merge the tabs use. suspend_data keeps
 * times to the minute, so an answer that is also here comes back a little earlier: such echoes are
 * dropped first, or every launch would add them again as new answers.
 */
function resume(adapter: LmsAdapter, store: ResumeStore, lectures: CourseOutline['lectures']) {
  const remote = decodeSuspendData(adapter.readSuspendData());
  if (!remote) return;
  const known = new Set(lectures.map((l) => l.id));
  const local = pick(store.getState());
  const here = new Set(local.attempts.map((a) => `${a.questionId}@${minute(a.at)}@${a.score.toFixed(3)}`));
  const merged = mergePersisted(
    { ...local, lectures: local.lectures as PersistedState['lectures'], timeSpent: {} },
    {
      lectures: Object.fromEntries(
        Object.entries(remote.lectures).filter(([id]) => known.has(id)),
      ) as PersistedState['lectures'],
      attempts: remote.attempts.filter((a) => !here.has(`${a.questionId}@${minute(a.at)}@${a.score.toFixed(3)}`)),
      review: {},
      timeSpent: {},
    },
  );
  store.setState(merged);
}

/** Starts the session; returns the function that ends it (also called on pagehide). */
export function runLmsSession(options: SessionOptions): () => void {
  const { adapter, store, lectures } = options;
  const win = options.win ?? window;
  const now = options.now ?? Date.now;
  const startedAt = now();
  // Refused: another window of the course already holds the session, or the LMS is not ready.
  if (!adapter.initialize()) return () => {};
  resume(adapter, store, lectures);
  const lmsStatus = adapter.readStatus();

  let ended = false;
  let cases: CaseStudyData[] | null = null;
  let milestones: string | null = null;
  const sent = new Map<string, string>();
  // Only what changed goes to the LMS: some LMSs make a server round-trip per SetValue.
  const send = (key: string, value: string, write: () => void) => {
    if (sent.get(key) === value) return false;
    sent.set(key, value);
    write();
    return true;
  };

  /** Reports the current state; true when it is worth a commit. */
  const report = (): boolean => {
    const state = pick(store.getState());
    const current = courseReport(state, { lectures, cases });
    const status = combineStatus(lmsStatus, current);
    const statusChanged = send('status', `${status.completion}/${status.success}`, () => adapter.writeStatus(status));
    const { score, location } = current;
    if (score !== null) send('score', String(score), () => adapter.writeScore(score));
    if (location !== null) send('location', location, () => adapter.writeLocation(location));
    const data = encodeSuspendData(state);
    send('suspend', data, () => adapter.writeSuspendData(data));
    const milestone = milestones !== current.milestones;
    milestones = current.milestones;
    return statusChanged || milestone;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (report()) adapter.commit();
  };
  // Batches changes: at most one report per interval, however often the store changes (a timer
  // that restarted on every change could wait for ever while a reading clock ticks).
  const schedule = () => {
    timer ??= setTimeout(flush, options.debounceMs ?? 1000);
  };

  report();
  adapter.commit();
  const unsubscribe = store.subscribe(schedule);
  options.loadCases().then(
    (loaded) => {
      if (ended) return;
      cases = loaded;
      flush();
    },
    () => {
      // Without the cases there is no score to report; reading progress still is.
    },
  );

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    report();
    adapter.commit();
  };
  // A hidden page may never come back (mobile browsers kill it): save what we have.
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') save();
  };
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
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
