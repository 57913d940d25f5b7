import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { CaseStudy } from '../../src/features/quiz/case-study';
import { QuestionCard } from '../../src/features/quiz/question-card';
import { SESSION_KEY, useQuizSession } from '../../src/features/quiz/session/quiz-session-store';
import type { CaseStudyData, MultipleChoiceQuestion } from '../../src/lib/quiz/types';
import { useAppStore } from '../../src/store/app-store';
import { sampleCase } from '../unit/quiz-fixtures';

const multiple: MultipleChoiceQuestion = {
  id: 'pm',
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
};

const renderCard = (question = sampleCase.questions[0], caseData: CaseStudyData = sampleCase) =>
  render(
    <MemoryRouter>
      <QuestionCard question={question} caseData={caseData} number={1} mode="bank" />
    </MemoryRouter>,
  );

describe('practice', () => {
  beforeEach(() => {
    useAppStore.setState({ attempts: [], review: {}, lectures: {} });
    useQuizSession.setState({ exam: null, drafts: {} });
  });

  it('shows the case’s 要点 only once every question has been answered', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <CaseStudy data={sampleCase} mode="bank" />
      </MemoryRouter>,
    );
    expect(screen.queryByText('要点', { selector: '.case-study__summary-title' })).not.toBeInTheDocument();
    expect(screen.getByText(/答完本案例的全部题目后/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '乙' }));
    await user.click(screen.getAllByRole('button', { name: '提交答案' })[0]);
    expect(screen.queryByText('要点', { selector: '.case-study__summary-title' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '错误' }));
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByText('要点', { selector: '.case-study__summary-title' })).toBeInTheDocument();
  });

  it('after a wrong answer, hides the key and the reasoning until 显示答案', async () => {
    const user = userEvent.setup();
    renderCard();
    expect(screen.queryByRole('button', { name: '显示答案' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '甲' }));
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('回答错误');
    expect(status).not.toHaveTextContent('因为乙是对的。');
    await user.click(screen.getByRole('button', { name: '显示答案' }));
    expect(status).toHaveTextContent('正确答案乙');
    expect(status).toHaveTextContent('因为乙是对的。');
    expect(screen.getByRole('radio', { name: /乙.*正确答案：您没有选它/ })).not.toBeChecked();
  });

  it('multiple choice marks a wrong pick and a missed option differently, in words', async () => {
    const user = userEvent.setup();
    renderCard(multiple, { ...sampleCase, questions: [multiple] });
    await user.click(screen.getByRole('checkbox', { name: '倾听' }));
    await user.click(screen.getByRole('checkbox', { name: '争辩' }));
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByRole('status')).toHaveTextContent('漏选 1 项，错选 1 项。');
    expect(screen.getByRole('checkbox', { name: /争辩.*选错了/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /倾听.*选对了/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^核实$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '显示答案' }));
    expect(screen.getByRole('checkbox', { name: /核实.*正确答案：您没有选它/ })).not.toBeChecked();
  });

  it('shows the answer given earlier when the learner returns, in the order they saw, with 再答一次', async () => {
    const user = userEvent.setup();
    useAppStore.getState().recordAttempt({
      questionId: 'pm',
      caseId: 'sample',
      answer: { kind: 'multiple', optionIds: ['a', 'c'] },
      correct: true,
      score: 1,
      at: Date.now(),
      durationMs: 1000,
      mode: 'bank',
      seed: 4242,
    });
    const first = renderCard(multiple, { ...sampleCase, questions: [multiple] });
    const order = screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'));
    expect(screen.getByText(/您上次的作答/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /倾听/ })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('回答正确');
    first.unmount();
    renderCard(multiple, { ...sampleCase, questions: [multiple] });
    // Same seed, same order: the review shows what the learner saw.
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(order);
    await user.click(screen.getByRole('button', { name: '再答一次' }));
    expect(screen.getByRole('checkbox', { name: '倾听' })).not.toBeChecked();
  });

  it('keeps an unsubmitted draft across a reload', async () => {
    const user = userEvent.setup();
    const first = renderCard();
    await user.click(screen.getByRole('radio', { name: '乙' }));
    first.unmount();
    const saved = localStorage.getItem(SESSION_KEY)!;
    useQuizSession.setState({ exam: null, drafts: {} });
    localStorage.setItem(SESSION_KEY, saved);
    await useQuizSession.persist.rehydrate();
    renderCard();
    expect(screen.getByRole('radio', { name: '乙' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(within(screen.getByRole('status')).getByRole('heading', { name: /回答正确/ })).toBeInTheDocument();
    expect(useQuizSession.getState().drafts).toEqual({});
  });
});
