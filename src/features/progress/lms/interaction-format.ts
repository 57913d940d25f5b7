// Each answered question as a SCORM interaction, in each version's own format. The one place
// that knows how every question kind's answer looks in an LMS report (it can move into the
// question-kind registry as one function per kind).
//
// SCORM 1.2 (RTE 3.4.2.7): identifiers are single characters 0-9 a-z for choice, matching and
// sequencing ("a,c", "1.b,2.a", "c,a,b"); true-false is "t"/"f"; fill-in and performance are text
// of up to 255 characters; result is correct/wrong; latency a CMITimespan; time a CMITime.
// SCORM 2004 (RTE 4.2.9): identifiers are short_identifier_type, joined by "[,]" and "[.]";
// true-false is "true"/"false"; long-fill-in a localized string of up to 4,000 characters;
// "other" any text; result correct/incorrect; latency an ISO 8601 duration; timestamp ISO 8601.
import type { Attempt } from '../../../lib/quiz/attempt';
import { PASS_MARK } from '../../../lib/quiz/grading';
import { choose, startRolePlay, type RolePlayRun } from '../../../lib/quiz/roleplay';
import type { Question, RolePlayQuestion } from '../../../lib/quiz/types';
import { scorm12Duration, scorm2004Duration } from './scorm-time';

export type ScormVersion = '1.2' | '2004';

/** Element (below cmi.interactions.n.) and value, in the order they must be set. */
export type InteractionElements = [string, string][];

const CHARS_12 = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** SCORM 2004's short_identifier_type (what scorm-again accepts, too). */
export const SHORT_IDENTIFIER = /^(?=.*\w)[\w\-()+.:=@;$!*'%/#]{1,250}$/;
const LANG = '{lang=zh-CN}';

/** One line of text, as both versions' string types need (no line breaks, no leading "{"). */
function plain(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^\{/, '｛').slice(0, max);
}

interface Shape {
  type12: string;
  type2004: string;
  /** Identifiers in the learner's answer and in the correct one (null: no single correct answer). */
  response: string[];
  correct: string[] | null;
  /** Matching: pairs of source and target. */
  pairs?: boolean;
  /** Free text instead of identifiers. */
  text?: { response: string; correct: string | null };
}

/** A role-play's best path: the shortest reply sequence to its best resolved ending. */
function bestPath(question: RolePlayQuestion): string[] | null {
  let best: { score: number; path: string[] } | null = null;
  const seen = new Set<string>();
  const queue: RolePlayRun[] = [startRolePlay(question)];
  while (queue.length > 0 && seen.size < 5000) {
    const run = queue.shift()!;
    if (run.ending) {
      const { score, ending } = run.ending;
      if (ending === 'resolved' && score >= PASS_MARK * 100 && (!best || score > best.score))
        best = { score, path: run.path.map((p) => p.replyId) };
      continue;
    }
    const key = `${run.at}|${run.state.anger}|${run.state.trust}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const step = question.steps.find((s) => s.id === run.at);
    for (const reply of step?.replies ?? []) queue.push(choose(question, run, reply.id));
  }
  return best?.path ?? null;
}

function shapeOf(question: Question, attempt: Attempt): Shape | null {
  const answer = attempt.answer;
  if (!answer || answer.kind !== question.kind) return null;
  switch (question.kind) {
    case 'single':
      return answer.kind === 'single'
        ? { type12: 'choice', type2004: 'choice', response: [answer.optionId], correct: [question.correct] }
        : null;
    case 'multiple':
      return answer.kind === 'multiple'
        ? { type12: 'choice', type2004: 'choice', response: answer.optionIds, correct: question.correct }
        : null;
    case 'truefalse':
      return answer.kind === 'truefalse'
        ? {
            type12: 'true-false',
            type2004: 'true-false',
            response: [String(answer.value)],
            correct: [String(question.correct)],
          }
        : null;
    case 'ordering':
      return answer.kind === 'ordering'
        ? {
            type12: 'sequencing',
            type2004: 'sequencing',
            response: answer.itemIds,
            correct: question.items.map((i) => i.id),
          }
        : null;
    case 'matching': {
      if (answer.kind !== 'matching') return null;
      // Targets are texts (理性 / 感性): reported by their place among the distinct targets.
      const targets = [...new Set(question.pairs.map((p) => p.right))];
      const target = (right: string) => `t${targets.indexOf(right) + 1}`;
      return {
        type12: 'matching',
        type2004: 'matching',
        pairs: true,
        response: question.pairs.flatMap((p) =>
          targets.includes(answer.matches[p.id]) ? [`${p.id}.${target(answer.matches[p.id])}`] : [],
        ),
        correct: question.pairs.map((p) => `${p.id}.${target(p.right)}`),
      };
    }
    case 'rewrite': {
      if (answer.kind !== 'rewrite') return null;
      if (answer.answer.mode === 'choice')
        return {
          type12: 'choice',
          type2004: 'choice',
          response: [answer.answer.choiceId],
          correct: question.choices.filter((c) => c.correct).map((c) => c.id),
        };
      return {
        type12: 'fill-in',
        type2004: 'long-fill-in',
        response: [],
        correct: null,
        text: { response: answer.answer.text, correct: question.modelAnswer },
      };
    }
    case 'roleplay':
      return answer.kind === 'roleplay'
        ? { type12: 'sequencing', type2004: 'sequencing', response: answer.answer.path, correct: bestPath(question) }
        : null;
  }
}

/** Every identifier a question's answers can use, in a fixed order (1.2 maps them to one character). */
function vocabulary(question: Question): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'truefalse':
      return [];
    case 'ordering':
      return question.items.map((i) => i.id);
    case 'matching': {
      const targets = [...new Set(question.pairs.map((p) => p.right))].map((_, i) => `t${i + 1}`);
      return [...question.pairs.map((p) => p.id), ...targets];
    }
    case 'rewrite':
      return question.choices.map((c) => c.id);
    case 'roleplay':
      return question.steps.flatMap((s) => s.replies.map((r) => r.id));
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** SCORM 1.2 CMITime: the learner's local time of day. */
function clock12(ms: number): string {
  const d = new Date(ms);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/** SCORM 2004 time(second,10,0): UTC to the hundredth of a second. */
function timestamp2004(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 22)}Z`;
}

function elements12(question: Question, attempt: Attempt, shape: Shape): InteractionElements | null {
  const words = vocabulary(question);
  // Past 36 identifiers 1.2 has no single characters left: report as "performance" text instead.
  const fits = words.length <= CHARS_12.length;
  const char = (id: string) => CHARS_12[words.indexOf(id)] ?? '';
  const encode = (ids: string[]): string => {
    if (shape.type12 === 'true-false') return ids[0] === 'true' ? 't' : 'f';
    if (!fits) return ids.join(',').slice(0, 255);
    return ids.map((id) => (shape.pairs ? id.split('.').map(char).join('.') : char(id))).join(',');
  };
  const type = shape.text ? 'fill-in' : fits || shape.type12 === 'true-false' ? shape.type12 : 'performance';
  const response = shape.text ? plain(shape.text.response, 255) : encode(shape.response);
  const correct = shape.text ? plain(shape.text.correct ?? '', 255) : shape.correct && encode(shape.correct);
  const out: InteractionElements = [
    ['id', attempt.questionId.slice(0, 255)],
    ['type', type],
    ['student_response', response],
    ['result', attempt.correct ? 'correct' : 'wrong'],
    ['latency', scorm12Duration(attempt.durationMs)],
    ['time', clock12(attempt.at)],
  ];
  if (correct) out.push(['correct_responses.0.pattern', correct]);
  return out;
}

function elements2004(question: Question, attempt: Attempt, shape: Shape): InteractionElements | null {
  const ids = [...shape.response, ...(shape.correct ?? [])].flatMap((id) => (shape.pairs ? id.split('.') : [id]));
  if (shape.type2004 !== 'true-false' && !ids.every((id) => SHORT_IDENTIFIER.test(id))) return null;
  const join = (list: string[]) => list.map((id) => (shape.pairs ? id.replace('.', '[.]') : id)).join('[,]');
  const response = shape.text ? `${LANG}${plain(shape.text.response, 4000)}` : join(shape.response);
  const correct = shape.text
    ? shape.text.correct && `${LANG}${plain(shape.text.correct, 4000)}`
    : shape.correct && join(shape.correct);
  const out: InteractionElements = [
    ['id', attempt.questionId],
    ['type', shape.type2004],
    ['timestamp', timestamp2004(attempt.at)],
    ['description', `${LANG}${plain(question.prompt, 250)}`],
    ['learner_response', response],
    ['result', attempt.correct ? 'correct' : 'incorrect'],
    ['latency', scorm2004Duration(attempt.durationMs)],
  ];
  if (correct) out.push(['correct_responses.0.pattern', correct]);
  return out;
}

/**
 * The elements that report one answer, or null when there is nothing to report (the answer was
 * revealed, not given, or does not fit the question).
 */
export function interactionElements(
  version: ScormVersion,
  question: Question,
  attempt: Attempt,
): InteractionElements | null {
  const shape = shapeOf(question, attempt);
  if (!shape || (shape.response.length === 0 && !shape.text)) return null;
  return version === '2004' ? elements2004(question, attempt, shape) : elements12(question, attempt, shape);
}
