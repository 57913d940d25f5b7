import type { Attempt, AttemptMode } from '../../src/lib/quiz/attempt';
import type { CaseStudyData, RolePlayQuestion } from '../../src/lib/quiz/types';

/** A saved bank attempt: right when the score is 1. */
export const bankAttempt = (questionId: string, caseId: string, score: number, at: number): Attempt => ({
  questionId,
  caseId,
  answer: null,
  correct: score === 1,
  score,
  at,
  durationMs: 0,
  mode: 'bank',
});

const section = { slide: 1, heading: '学习目标' };

/** A small role-play: calm the customer down, or make it worse. */
export const rolePlay: RolePlayQuestion = {
  id: 'rp',
  kind: 'roleplay',
  prompt: '接待一位生气的客户',
  explanation: '先处理情绪，再处理事情。',
  section,
  customerName: '王先生',
  initial: { anger: 80, trust: 20 },
  start: 'open',
  steps: [
    {
      id: 'open',
      customer: [{ text: '你们乱收费！' }],
      replies: [
        {
          id: 'listen',
          text: '您别着急，请慢慢说。',
          effect: { anger: -30, trust: 20 },
          feedback: '好',
          next: 'facts',
        },
        { id: 'deny', text: '不可能。', effect: { anger: 20 }, feedback: '否认激化矛盾', next: 'lost' },
      ],
    },
    {
      id: 'facts',
      customer: [{ when: { angerAtLeast: 60 }, text: '我还是很生气！' }, { text: '好吧，是这样的……' }],
      replies: [
        {
          id: 'check',
          text: '我马上帮您核对记录。',
          effect: { anger: -20, trust: 30 },
          feedback: '好',
          next: [{ when: { trustAtLeast: 60 }, to: 'resolved' }, { to: 'escalated' }],
        },
        {
          id: 'blame',
          text: '是您自己订的。',
          effect: { anger: 40, trust: -30 },
          feedback: '指责客户',
          next: 'escalated',
        },
      ],
    },
  ],
  endings: [
    { id: 'resolved', ending: 'resolved', title: '解决', text: '客户满意', score: 90 },
    { id: 'escalated', ending: 'escalated', title: '升级', text: '客户要投诉到上级', score: 40 },
    { id: 'lost', ending: 'lost', title: '流失', text: '客户离开', score: 0 },
  ],
};

export const sampleCase: CaseStudyData = {
  id: 'sample',
  lectureId: 'understanding',
  title: '示例案例',
  type: 'case',
  narrative: { customer: '某客户', demand: '退费', facts: ['事实'] },
  summary: '要点',
  questions: [
    {
      id: 'sample-q1',
      kind: 'single',
      prompt: '选哪个？',
      options: [
        { id: 'a', text: '甲' },
        { id: 'b', text: '乙' },
      ],
      correct: 'b',
      explanation: '因为乙是对的。',
      section,
    },
    {
      id: 'sample-q2',
      kind: 'truefalse',
      prompt: '判断',
      statement: '客户永远是错的。',
      correct: false,
      explanation: '客户的感受需要先被尊重。',
      section,
    },
  ],
};

/** A right answer to every question of a case, a millisecond apart from `at`. */
export const rightAnswers = (c: CaseStudyData, at: number, mode: AttemptMode = 'bank'): Attempt[] =>
  c.questions.map((q, i) => ({
    questionId: q.id,
    caseId: c.id,
    answer: null,
    correct: true,
    score: 1,
    at: at + i,
    durationMs: 0,
    mode,
  }));
