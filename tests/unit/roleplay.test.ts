import { describe, expect, it } from 'vitest';
import { analyseRolePlay, choose, customerLine, replay, startRolePlay } from '../../src/lib/quiz/roleplay';
import type { RolePlayQuestion } from '../../src/lib/quiz/types';
import { rolePlay } from './quiz-fixtures';

describe('role-play state machine', () => {
  it('applies each reply to the customer state, clamped to 0–100', () => {
    const run = choose(rolePlay, startRolePlay(rolePlay), 'listen');
    expect(run.state).toEqual({ anger: 50, trust: 40 });
    expect(run.at).toBe('facts');
    const angry = choose(rolePlay, startRolePlay(rolePlay), 'deny');
    expect(angry.state.anger).toBe(100);
  });

  it("chooses the customer's line by state", () => {
    const facts = rolePlay.steps[1];
    expect(customerLine(facts, { anger: 70, trust: 0 }).text).toBe('我还是很生气！');
    expect(customerLine(facts, { anger: 30, trust: 0 }).text).toBe('好吧，是这样的……');
  });

  it('branches on the state after the reply', () => {
    const resolved = replay(rolePlay, ['listen', 'check']);
    expect(resolved.state).toEqual({ anger: 30, trust: 70 });
    expect(resolved.ending?.ending).toBe('resolved');
    const lowTrust: RolePlayQuestion = { ...rolePlay, initial: { anger: 80, trust: 0 } };
    expect(replay(lowTrust, ['listen', 'check']).ending?.ending).toBe('escalated');
  });

  it('records the path for the replay', () => {
    const run = replay(rolePlay, ['listen', 'blame']);
    expect(run.path.map((p) => [p.stepId, p.replyId])).toEqual([
      ['open', 'listen'],
      ['facts', 'blame'],
    ]);
    expect(() => choose(rolePlay, run, 'check')).toThrow(/ended/);
  });

  it('finds no problem in a sound graph', () => {
    expect(analyseRolePlay(rolePlay)).toEqual([]);
  });

  it('finds dead ends, unreachable nodes, missing targets and endless loops', () => {
    const broken: RolePlayQuestion = {
      ...rolePlay,
      steps: [
        ...rolePlay.steps,
        { id: 'orphan', customer: [{ text: '?' }], replies: [] },
        {
          id: 'loop',
          customer: [{ text: '…' }],
          replies: [{ id: 'again', text: '再说一遍', effect: {}, feedback: '', next: 'loop' }],
        },
      ],
    };
    const messages = analyseRolePlay(broken).map((p) => p.message);
    expect(messages).toContain('step orphan has no replies (dead end)');
    const unreachable = analyseRolePlay({ ...broken, steps: broken.steps.filter((s) => s.id !== 'orphan') }).map(
      (p) => p.message,
    );
    expect(unreachable).toContain('loop is unreachable');
    const missing: RolePlayQuestion = {
      ...rolePlay,
      steps: [{ ...rolePlay.steps[0], replies: [{ ...rolePlay.steps[0].replies[0], next: 'nowhere' }] }],
    };
    expect(analyseRolePlay(missing).map((p) => p.message)).toContain('reply listen in open points to missing nowhere');
    const endless: RolePlayQuestion = {
      ...rolePlay,
      start: 'loop',
      steps: [...rolePlay.steps, broken.steps[3]],
    };
    expect(analyseRolePlay(endless).map((p) => p.message)).toContain(
      'no ending can be reached from loop (a loop without a way out)',
    );
  });

  it('requires a good ending', () => {
    const noGood: RolePlayQuestion = {
      ...rolePlay,
      endings: rolePlay.endings.map((e) => (e.ending === 'resolved' ? { ...e, score: 50 } : e)),
    };
    expect(analyseRolePlay(noGood).map((p) => p.message)).toContain('no good ending (resolved with score ≥ 80)');
  });
});
