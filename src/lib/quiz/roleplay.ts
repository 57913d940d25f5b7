// The branching role-play as a pure state machine: the customer's state (anger, trust) changes
// with each reply, and both the next step and the customer's words depend on it.
import type {
  CustomerState,
  RolePlayEnding,
  RolePlayLine,
  RolePlayQuestion,
  RolePlayReply,
  RolePlayStep,
  StateCondition,
} from './types';
import { PASS_MARK } from './pass-mark';

export interface RolePlayRun {
  state: CustomerState;
  /** Current step id, or the ending id once finished. */
  at: string;
  path: { stepId: string; replyId: string; stateAfter: CustomerState }[];
  ending?: RolePlayEnding;
}

const clamp = (value: number) => Math.max(0, Math.min(100, value));

export function conditionHolds(condition: StateCondition | undefined, state: CustomerState): boolean {
  if (!condition) return true;
  if (condition.angerAtLeast !== undefined && state.anger < condition.angerAtLeast) return false;
  if (condition.angerBelow !== undefined && state.anger >= condition.angerBelow) return false;
  if (condition.trustAtLeast !== undefined && state.trust < condition.trustAtLeast) return false;
  if (condition.trustBelow !== undefined && state.trust >= condition.trustBelow) return false;
  return true;
}

export function applyEffect(state: CustomerState, effect: Partial<CustomerState>): CustomerState {
  return { anger: clamp(state.anger + (effect.anger ?? 0)), trust: clamp(state.trust + (effect.trust ?? 0)) };
}

export function findStep(question: RolePlayQuestion, id: string): RolePlayStep | undefined {
  return question.steps.find((step) => step.id === id);
}

export function findEnding(question: RolePlayQuestion, id: string): RolePlayEnding | undefined {
  return question.endings.find((ending) => ending.id === id);
}

/** What the customer says at this step, given their state. */
export function customerLine(step: RolePlayStep, state: CustomerState): RolePlayLine {
  return step.customer.find((line) => conditionHolds(line.when, state)) ?? step.customer[step.customer.length - 1];
}

export function nextTarget(reply: RolePlayReply, state: CustomerState): string {
  if (typeof reply.next === 'string') return reply.next;
  const branch = reply.next.find((b) => conditionHolds(b.when, state)) ?? reply.next[reply.next.length - 1];
  return branch.to;
}

export function startRolePlay(question: RolePlayQuestion): RolePlayRun {
  return { state: { ...question.initial }, at: question.start, path: [] };
}

/** Applies a reply; returns the new run (ended when the target is an ending). */
export function choose(question: RolePlayQuestion, run: RolePlayRun, replyId: string): RolePlayRun {
  if (run.ending) throw new Error('role-play already ended');
  const step = findStep(question, run.at);
  const reply = step?.replies.find((r) => r.id === replyId);
  if (!step || !reply) throw new Error(`no reply ${replyId} at step ${run.at}`);
  const state = applyEffect(run.state, reply.effect);
  const target = nextTarget(reply, state);
  const path = [...run.path, { stepId: step.id, replyId, stateAfter: state }];
  const ending = findEnding(question, target);
  return { state, at: target, path, ending };
}

/** Replays a saved path of reply ids from the start. */
export function replay(question: RolePlayQuestion, replyIds: string[]): RolePlayRun {
  return replyIds.reduce((run, replyId) => choose(question, run, replyId), startRolePlay(question));
}

export interface GraphProblem {
  message: string;
}

/**
 * Structural checks on a role-play graph, over every state reachable by play: each target exists,
 * every step and ending is reachable, every reachable situation can still reach an ending (no dead
 * end, no loop without a way out), and at least one good ending (resolved, score ≥ 80) exists.
 */
export function analyseRolePlay(question: RolePlayQuestion, maxSituations = 50_000): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const ids = new Set([...question.steps.map((s) => s.id), ...question.endings.map((e) => e.id)]);
  if (ids.size !== question.steps.length + question.endings.length)
    problems.push({ message: 'duplicate step/ending id' });
  if (!findStep(question, question.start)) problems.push({ message: `start step ${question.start} missing` });
  for (const step of question.steps) {
    if (step.replies.length === 0) problems.push({ message: `step ${step.id} has no replies (dead end)` });
    if (step.customer.length === 0) problems.push({ message: `step ${step.id} has no customer line` });
    for (const reply of step.replies) {
      const targets = typeof reply.next === 'string' ? [reply.next] : reply.next.map((b) => b.to);
      for (const target of targets) {
        if (!ids.has(target)) problems.push({ message: `reply ${reply.id} in ${step.id} points to missing ${target}` });
      }
    }
  }
  if (problems.length > 0) return problems;

  // Explore every situation (step + customer state) that play can reach.
  const key = (run: RolePlayRun) =>
    run.ending ? `end:${run.ending.id}` : `${run.at}|${run.state.anger}|${run.state.trust}`;
  const successors = new Map<string, string[]>();
  const reached = new Set<string>();
  const queue: RolePlayRun[] = [startRolePlay(question)];
  while (queue.length > 0) {
    const run = queue.pop()!;
    const k = key(run);
    reached.add(run.at);
    if (successors.has(k)) continue;
    if (successors.size >= maxSituations) {
      problems.push({ message: `more than ${maxSituations} situations: simplify the effects` });
      return problems;
    }
    const next = run.ending ? [] : findStep(question, run.at)!.replies.map((reply) => choose(question, run, reply.id));
    successors.set(k, next.map(key));
    queue.push(...next);
  }
  // Situations from which some ending can still be reached (fixed point from the endings backwards).
  const canEnd = new Set([...successors.keys()].filter((k) => k.startsWith('end:')));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [k, next] of successors) {
      if (!canEnd.has(k) && next.some((n) => canEnd.has(n))) {
        canEnd.add(k);
        grew = true;
      }
    }
  }
  const stuck = [...successors.keys()].filter((k) => !canEnd.has(k));
  if (stuck.length > 0)
    problems.push({ message: `no ending can be reached from ${stuck[0].split('|')[0]} (a loop without a way out)` });
  for (const id of ids) if (!reached.has(id)) problems.push({ message: `${id} is unreachable` });
  if (!question.endings.some((e) => e.ending === 'resolved' && e.score >= 80)) {
    problems.push({ message: 'no good ending (resolved with score ≥ 80)' });
  }
  return problems;
}

export type EndingTone = 'right' | 'partial' | 'wrong';

/**
 * The label of an ending, from its kind, its score and the customer's final state, so that the
 * label never promises more than the score: only a resolved ending that passes, with the customer
 * calm and trusting, counts as 圆满解决.
 */
export function endingVerdict(ending: RolePlayEnding, state: CustomerState): { label: string; tone: EndingTone } {
  if (ending.ending === 'escalated') return { label: '投诉升级', tone: 'wrong' };
  if (ending.ending === 'lost') return { label: '客户流失', tone: 'wrong' };
  const satisfied = ending.score >= PASS_MARK * 100 && state.anger < 40 && state.trust >= 60;
  return satisfied ? { label: '圆满解决', tone: 'right' } : { label: '问题解决，客户仍不满意', tone: 'partial' };
}
