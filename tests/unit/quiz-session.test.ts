import { describe, expect, it } from 'vitest';
import { migrateSession, parseSession } from '../../src/features/quiz/session/session-schema';

const exam = {
  id: 'e1',
  caseIds: ['c1'],
  questions: [{ questionId: 'q1', seed: 5 }],
  answers: { q1: { kind: 'single', optionId: 'a' } },
  flagged: ['q1'],
  current: 0,
  startedAt: 1000,
  timeLimitMinutes: 20,
  handedInAt: null,
};

describe('saved quiz session', () => {
  it('keeps a valid exam and drafts as saved', () => {
    const drafts = { q2: { draft: { kind: 'truefalse', value: true }, seed: 9 } };
    expect(parseSession({ exam, drafts })).toEqual({ exam, drafts });
  });

  it('drops what does not parse, piece by piece, and never throws', () => {
    expect(parseSession(null)).toEqual({ exam: null, drafts: {} });
    expect(parseSession('junk')).toEqual({ exam: null, drafts: {} });
    expect(parseSession({ exam: { ...exam, questions: [] } }).exam).toBeNull();
    const parsed = parseSession({
      exam: { ...exam, answers: { q1: { kind: 'single', optionId: 'a' } }, flagged: 'oops' },
      drafts: { ok: { draft: null, seed: 3 }, bad: { draft: { kind: 'nope' }, seed: 3 }, noSeed: { draft: null } },
    });
    expect(parsed.exam?.flagged).toEqual([]);
    expect(Object.keys(parsed.drafts)).toEqual(['ok']);
  });

  it('drops a malformed answer in an exam, keeping the others', () => {
    const answers = { q1: { kind: 'single' }, q2: { kind: 'truefalse', value: false } };
    expect(parseSession({ exam: { ...exam, answers } }).exam?.answers).toEqual({
      q2: { kind: 'truefalse', value: false },
    });
  });

  it('migrates from any version by validating', () => {
    expect(migrateSession({ exam, drafts: {} }, 0).exam).toEqual(exam);
  });
});
