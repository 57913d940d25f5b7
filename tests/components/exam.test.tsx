import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExamFlow } from '../../src/features/quiz/exam-flow';
import { SESSION_KEY, useQuizSession } from '../../src/features/quiz/session/quiz-session-store';
import { buildRegistry } from '../../src/lib/quiz/case-registry';
import type { CaseStudyData } from '../../src/lib/quiz/types';
import { useAppStore } from '../../src/store/app-store';
import { sampleCase } from '../unit/quiz-fixtures';

const examCase: CaseStudyData = {
  ...sampleCase,
  questions: [
    ...sampleCase.questions,
    {
      id: 'sample-q3',
      kind: 'multiple',
      prompt: '哪些做法对？',
      options: [
        { id: 'a', text: '倾听' },
        { id: 'b', text: '争辩' },
        { id: 'c', text: '核实' },
      ],
      correct: ['a', 'c'],
      explanation: '先倾听，再核实。',
      section: { slide: 2, heading: '倾听' },
    },
  ],
};
const registry = buildRegistry([examCase]);

/** An exam over the sample case in a known order: single, true/false, multiple. */
function startKnownExam() {
  useQuizSession.getState().startExam({
    id: 'exam-test',
    caseIds: [examCase.id],
    questions: ['sample-q1', 'sample-q2', 'sample-q3'].map((questionId, i) => ({ questionId, seed: 11 + i })),
    answers: {},
    flagged: [],
    current: 0,
    startedAt: Date.now(),
    timeLimitMinutes: null,
    handedInAt: null,
  });
}

const renderExam = () =>
  render(
    <MemoryRouter>
      <ExamFlow registry={registry} />
    </MemoryRouter>,
  );

/** A reload: the in-memory session is gone, and what was saved is read back. */
async function reload(unmount: () => void) {
  unmount();
  const saved = localStorage.getItem(SESSION_KEY)!;
  useQuizSession.setState({ exam: null, drafts: {} }); // (this also writes the emptied state)
  localStorage.setItem(SESSION_KEY, saved);
  await useQuizSession.persist.rehydrate();
  return renderExam();
}

const navButton = (n: number) => screen.getByRole('button', { name: new RegExp(`^第 ${n} 题（`) });

describe('exam mode', () => {
  beforeEach(() => {
    useAppStore.setState({ attempts: [], review: {}, lectures: {} });
    useQuizSession.setState({ exam: null, drafts: {} });
  });

  it('gives no feedback while answering, and moves back and forth between questions', async () => {
    const user = userEvent.setup();
    startKnownExam();
    renderExam();
    expect(screen.getByText(/第 1 \/ 3 题.*未答 3 题/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '甲' }));
    // Wrong, but nothing says so before hand-in.
    expect(screen.queryByText(/选错了|回答错误|回答正确/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '显示答案' })).not.toBeInTheDocument();
    expect(screen.getByText(/未答 2 题/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一题' }));
    expect(screen.getByRole('heading', { name: /第 2 题/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '上一题' }));
    expect(screen.getByRole('radio', { name: '甲' })).toBeChecked();
    await user.click(navButton(3));
    expect(screen.getByText(/第 3 \/ 3 题/)).toBeInTheDocument();
    expect(navButton(1)).toHaveAccessibleName('第 1 题（已答）');
  });

  it('flags a question and confirms hand-in in a dialog that names the unanswered questions', async () => {
    const user = userEvent.setup();
    startKnownExam();
    renderExam();
    await user.click(screen.getByRole('button', { name: '标记此题' }));
    expect(navButton(1)).toHaveAccessibleName('第 1 题（未答，已标记）');
    expect(screen.getByRole('button', { name: '取消标记' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('radio', { name: '乙' }));
    await user.click(screen.getByRole('button', { name: '交卷' }));
    const dialog = screen.getByRole('dialog', { name: '确认交卷？' });
    expect(dialog).toHaveTextContent('还有 2 题没有作答');
    expect(dialog).toHaveTextContent('第 2 题：判断');
    expect(dialog).toHaveTextContent('第 3 题：哪些做法对？');
    expect(dialog).toHaveTextContent('您标记了 1 题待检查');
    await user.click(within(dialog).getByRole('button', { name: '继续答题' }));
    expect(screen.getByText(/第 1 \/ 3 题/)).toBeInTheDocument();
    expect(useAppStore.getState().attempts).toHaveLength(0);
  });

  it('survives a reload (remount from storage) with answers, flags and position, then hands in', async () => {
    const user = userEvent.setup();
    startKnownExam();
    const first = renderExam();
    await user.click(screen.getByRole('radio', { name: '乙' }));
    await user.click(screen.getByRole('button', { name: '下一题' }));
    await user.click(screen.getByRole('button', { name: '标记此题' }));
    expect(localStorage.getItem(SESSION_KEY)).toContain('sample-q1');

    await reload(first.unmount);
    expect(screen.getByText(/第 2 \/ 3 题/)).toBeInTheDocument();
    expect(navButton(1)).toHaveAccessibleName('第 1 题（已答）');
    expect(navButton(2)).toHaveAccessibleName('第 2 题（未答，已标记）');
    await user.click(screen.getByRole('radio', { name: '正确' }));
    await user.click(navButton(3));
    await user.click(screen.getByRole('checkbox', { name: '倾听' }));
    await user.click(screen.getByRole('checkbox', { name: '核实' }));
    await user.click(screen.getByRole('button', { name: '交卷' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('全部 3 题都已作答');
    await user.click(screen.getByRole('button', { name: '确认交卷' }));

    expect(screen.getByRole('heading', { name: /考试结果：67 分（未通过）/ })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('exam-result__item'));
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent('您的答案：正确');
    expect(items[1]).toHaveTextContent('正确答案：错误');
    expect(items[1]).toHaveTextContent('解析：客户的感受需要先被尊重。');
    expect(within(items[2]).getByRole('link', { name: /复习讲义第 2 节“倾听”/ })).toBeInTheDocument();
    // Attempts are saved at hand-in, each with the seed its options were shuffled by.
    expect(useAppStore.getState().attempts.map((a) => [a.questionId, a.mode, a.seed])).toEqual([
      ['sample-q1', 'exam', 11],
      ['sample-q2', 'exam', 12],
      ['sample-q3', 'exam', 13],
    ]);
  });

  it('starts from the chooser with a chosen time limit, and shows the time left', async () => {
    const user = userEvent.setup();
    renderExam();
    await user.click(screen.getByRole('checkbox', { name: /示例案例/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: '时间限制' }), '10');
    await user.click(screen.getByRole('button', { name: /开始考试/ }));
    expect(screen.getByText(/剩余时间：/)).toHaveTextContent(/[09] 分/);
    expect(useQuizSession.getState().exam?.timeLimitMinutes).toBe(10);
  });

  it('hands the exam in by itself when the time limit has run out (also after a reload)', async () => {
    startKnownExam();
    useQuizSession.getState().updateExam(() => ({
      startedAt: Date.now() - 11 * 60_000,
      timeLimitMinutes: 10,
      answers: { 'sample-q1': { kind: 'single', optionId: 'b' } },
    }));
    renderExam();
    expect(await screen.findByRole('heading', { name: /考试结果：33 分/ })).toBeInTheDocument();
    expect(screen.getByText('用时：10 分 0 秒')).toBeInTheDocument();
    expect(useAppStore.getState().attempts.map((a) => a.questionId)).toEqual(['sample-q1']);
  });

  it('never throws on corrupt saved data: the chooser shows', async () => {
    localStorage.setItem(SESSION_KEY, '{not json');
    await useQuizSession.persist.rehydrate();
    renderExam();
    expect(screen.getByRole('button', { name: /开始考试/ })).toBeInTheDocument();
  });
});
