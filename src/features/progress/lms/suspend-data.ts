// The resume state kept in the LMS's cmi.suspend_data. SCORM 1.2 caps it at 4,096 characters and
// many LMSs truncate silently, so it is compacted to stay under 4,000 even when every slide is
// seen and every question answered and scheduled for review. Times are kept to the minute and
// scores to 1/3600 (exact for halves, thirds, quarters, fifths, sixths and whole percents).
//
//   v1|<lecture>,<lecture>…|<case>;<case>…
//   lecture  = id "." seen-bitset "." last "." updatedAt(4)
//   case     = caseId ":" question…
//   question = qid flags(1) latest-score(2) [best-score(2)] at(4) [review(10)]
//   qid      = n(1) for "<caseId>-q<n>" | "~" rest "." for "<caseId>-<rest>" | "!" id "."
//   review   = box·2+lastWrong(1) wrongCount(1) due(4) firstWrongAt(4)
// Ids are written as they are, so no delimiter may occur in them (a test checks the content's).
// A review entry rides on its question's attempts.
import type { Attempt, AttemptMode } from '../../../lib/quiz/attempt';
import type { ReviewEntry } from '../../../lib/quiz/review-schedule';
import type { LectureProgress } from '../../../store/progress-slice';
import { decodeBitset, decodeDigits, encodeBitset, encodeDigits } from './compact-digits';

export const SUSPEND_DATA_MAX = 4000;
const MARKER = 'v1';
const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
const SCORE_STEPS = 3600;
const MODES: AttemptMode[] = ['lecture', 'bank', 'exam', 'review'];
const ID = /^[A-Za-z0-9_-]+$/;
/** Bounds the bitset a corrupt `seen` list could otherwise blow up. */
const MAX_SLIDE = 600;

const FLAG = { correct: 1, revealed: 2, modeShift: 2, best: 16, review: 32 } as const;

/** The saved facts the course resumes and reports from (a subset of the persisted store). */
export interface ResumeState {
  lectures: Partial<Record<string, LectureProgress>>;
  attempts: Attempt[];
  review: Record<string, ReviewEntry>;
}

const time = (ms: number) => (ms > EPOCH ? encodeDigits((ms - EPOCH) / MINUTE, 4) : encodeDigits(0, 4));
const score = (value: number) => encodeDigits(Math.round(Math.min(1, Math.max(0, value)) * SCORE_STEPS), 2);

function encodeLectures(lectures: ResumeState['lectures']): string {
  return Object.entries(lectures)
    .flatMap(([id, p]) => {
      if (!p || !ID.test(id)) return [];
      const seen = p.seen.filter((n) => Number.isInteger(n) && n >= 1 && n <= MAX_SLIDE);
      const last = Number.isInteger(p.last) && p.last >= 1 && p.last <= MAX_SLIDE ? p.last : 1;
      return [`${id}.${encodeBitset(seen)}.${last}.${time(p.updatedAt)}`];
    })
    .join(',');
}

interface Detail {
  best: boolean;
  review: boolean;
}

function encodeQuestion(caseId: string, own: Attempt[], entry: ReviewEntry | undefined, detail: Detail): string {
  const latest = own.reduce((a, b) => (b.at >= a.at ? b : a));
  const best = Math.max(...own.map((a) => a.score));
  const id = latest.questionId;
  const rest = id.startsWith(`${caseId}-`) ? id.slice(caseId.length + 1) : null;
  const n = rest?.startsWith('q') ? Number(rest.slice(1)) : NaN;
  const qid =
    Number.isInteger(n) && n < 64 && rest === `q${n}` ? encodeDigits(n, 1) : rest !== null ? `~${rest}.` : `!${id}.`;
  const withBest = detail.best && best > latest.score;
  const withReview = detail.review && entry !== undefined;
  const flags =
    (latest.correct ? FLAG.correct : 0) |
    (latest.revealed ? FLAG.revealed : 0) |
    (Math.max(0, MODES.indexOf(latest.mode)) << FLAG.modeShift) |
    (withBest ? FLAG.best : 0) |
    (withReview ? FLAG.review : 0);
  let out = `${qid}${encodeDigits(flags, 1)}${score(latest.score)}${withBest ? score(best) : ''}${time(latest.at)}`;
  if (withReview) {
    const boxWrong = Math.min(31, Math.max(1, entry.box)) * 2 + (entry.lastWrong ? 1 : 0);
    out += `${encodeDigits(boxWrong, 1)}${encodeDigits(entry.wrongCount, 1)}${time(entry.due)}${time(entry.firstWrongAt)}`;
  }
  return out;
}

function encodeCases(state: ResumeState, detail: Detail): string {
  // caseId → questionId → attempts
  const byCase = new Map<string, Map<string, Attempt[]>>();
  for (const attempt of state.attempts) {
    if (!ID.test(attempt.caseId) || !ID.test(attempt.questionId)) continue;
    const questions = byCase.get(attempt.caseId) ?? new Map<string, Attempt[]>();
    byCase.set(attempt.caseId, questions);
    const own = questions.get(attempt.questionId) ?? [];
    questions.set(attempt.questionId, own);
    own.push(attempt);
  }
  return [...byCase]
    .map(
      ([caseId, questions]) =>
        `${caseId}:${[...questions.values()].map((own) => encodeQuestion(caseId, own, state.review[own[0].questionId], detail)).join('')}`,
    )
    .join(';');
}

/**
 * The resume state as compact text of at most `max` characters. Past that (more content than
 * today's course), detail goes first: best scores, then the review schedule, then the answers.
 */
export function encodeSuspendData(state: ResumeState, max = SUSPEND_DATA_MAX): string {
  const lectures = encodeLectures(state.lectures);
  for (const detail of [
    { best: true, review: true },
    { best: false, review: true },
    { best: false, review: false },
  ]) {
    const text = `${MARKER}|${lectures}|${encodeCases(state, detail)}`;
    if (text.length <= max) return text;
  }
  return `${MARKER}|${lectures}|`.slice(0, max);
}

class Malformed extends Error {}

function need<T>(value: T | null | undefined | false): T {
  if (value === null || value === undefined || value === false || Number.isNaN(value)) throw new Malformed();
  return value;
}

const readTime = (text: string) => {
  const minutes = need(decodeDigits(text));
  return minutes === 0 ? 0 : EPOCH + minutes * MINUTE;
};
const readScore = (text: string) => Math.min(1, need(decodeDigits(text)) / SCORE_STEPS);

function decodeLectures(text: string): ResumeState['lectures'] {
  const lectures: ResumeState['lectures'] = {};
  if (text === '') return lectures;
  for (const record of text.split(',')) {
    const [id, bits, last, updatedAt, ...rest] = record.split('.');
    need(rest.length === 0 && updatedAt?.length === 4 && ID.test(id) && /^\d{1,3}$/.test(last));
    lectures[id] = {
      seen: need(decodeBitset(bits)).filter((n) => n <= MAX_SLIDE),
      last: Math.max(1, Number(last)),
      updatedAt: readTime(updatedAt),
    };
  }
  return lectures;
}

function decodeCase(text: string, state: ResumeState) {
  const colon = text.indexOf(':');
  const caseId = text.slice(0, colon);
  need(colon > 0 && ID.test(caseId));
  let pos = colon + 1;
  const take = (n: number) => {
    need(pos + n <= text.length);
    pos += n;
    return text.slice(pos - n, pos);
  };
  const readQuestionId = (caseId: string) => {
    const kind = take(1);
    if (kind !== '~' && kind !== '!') return `${caseId}-q${need(decodeDigits(kind))}`;
    const dot = text.indexOf('.', pos);
    need(dot >= 0);
    const id = take(dot - pos);
    pos += 1;
    return kind === '~' ? `${caseId}-${id}` : id;
  };
  need(pos < text.length);
  while (pos < text.length) {
    const questionId = readQuestionId(caseId);
    need(ID.test(questionId));
    const flags = need(decodeDigits(take(1)));
    const latest = readScore(take(2));
    const best = flags & FLAG.best ? readScore(take(2)) : latest;
    const at = readTime(take(4));
    const mode = MODES[(flags >> FLAG.modeShift) & 3];
    const base = { questionId, caseId, answer: null, durationMs: 0, mode };
    // The best and the latest answer are all that scores and statuses read.
    if (best > latest) state.attempts.push({ ...base, correct: best >= 1, score: best, at: at - 1 });
    state.attempts.push({
      ...base,
      correct: (flags & FLAG.correct) !== 0,
      score: latest,
      at,
      ...(flags & FLAG.revealed ? { revealed: true } : {}),
    });
    if (flags & FLAG.review) {
      const boxWrong = need(decodeDigits(take(1)));
      need(boxWrong >= 2);
      state.review[questionId] = {
        box: boxWrong >> 1,
        lastWrong: (boxWrong & 1) === 1,
        wrongCount: need(decodeDigits(take(1))),
        due: readTime(take(4)),
        firstWrongAt: readTime(take(4)),
      };
    }
  }
}

/** The resume state in `text`, or null when it is not ours or is damaged. Never throws. */
export function decodeSuspendData(text: unknown): ResumeState | null {
  if (typeof text !== 'string') return null;
  const parts = text.split('|');
  if (parts.length !== 3 || parts[0] !== MARKER) return null;
  try {
    const state: ResumeState = { lectures: decodeLectures(parts[1]), attempts: [], review: {} };
    if (parts[2] !== '') for (const record of parts[2].split(';')) decodeCase(record, state);
    return state;
  } catch {
    // Malformed, or anything else the LMS handed back: start from local progress instead.
    return null;
  }
}
