import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuestionCard } from '../../src/features/quiz/question-card';
import type { CaseStudyData, Question } from '../../src/lib/quiz/types';
import { useQuizSession } from '../../src/features/quiz/session/quiz-session-store';
import { useAppStore } from '../../src/store/app-store';
import { rolePlay, sampleCase } from '../unit/quiz-fixtures';

const section = { slide: 3, heading: '七个希望' };
const base = { prompt: '请作答', explanation: '这是解析：先处理情绪。', section };

function renderQuestion(question: Question) {
  const caseData: CaseStudyData = { ...sampleCase, questions: [question] };
  render(
    <MemoryRouter>
      <QuestionCard question={question} caseData={caseData} number={1} mode="bank" />
    </MemoryRouter>,
  );
  return { status: () => screen.getByRole('status') };
}

const lastAttempt = () => useAppStore.getState().attempts.at(-1);

describe('question types, answered with the keyboard alone', () => {
  beforeEach(() => {
    useAppStore.setState({ attempts: [], review: {}, lectures: {} });
    useQuizSession.setState({ exam: null, drafts: {} });
  });

  it('single choice: arrow keys pick, the feedback is announced and focused, the attempt saved', async () => {
    const user = userEvent.setup();
    const { status } = renderQuestion(sampleCase.questions[0]);
    // The options are shuffled per attempt, so reach the right one by name, then pick it with Space.
    screen.getByRole('radio', { name: '乙' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: '乙' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(within(status()).getByRole('heading', { name: /回答正确/ })).toHaveFocus();
    expect(status()).toHaveTextContent('因为乙是对的。');
    expect(within(status()).getByRole('link', { name: /回到讲义复习：第 1 节/ })).toHaveAttribute(
      'href',
      '/lectures/understanding/1',
    );
    expect(lastAttempt()).toMatchObject({ questionId: 'sample-q1', correct: true, score: 1, mode: 'bank' });
  });

  it('asks for an answer before submitting, then allows a retry after a wrong one', async () => {
    const user = userEvent.setup();
    const { status } = renderQuestion(sampleCase.questions[0]);
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请先选择一个选项。');
    await user.click(screen.getByRole('radio', { name: '甲' }));
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(status()).toHaveTextContent('回答错误');
    expect(useAppStore.getState().review['sample-q1']).toMatchObject({ lastWrong: true });
    await user.click(screen.getByRole('button', { name: '显示答案' }));
    expect(status()).toHaveTextContent('正确答案');
    await user.click(screen.getByRole('button', { name: '再答一次' }));
    await user.click(screen.getByRole('radio', { name: '乙' }));
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(status()).toHaveTextContent('回答正确');
    expect(useAppStore.getState().attempts).toHaveLength(2);
  });

  it('multiple choice: space toggles checkboxes', async () => {
    const user = userEvent.setup();
    const { status } = renderQuestion({
      ...base,
      id: 'm',
      kind: 'multiple',
      options: [
        { id: 'a', text: '希望了解问题' },
        { id: 'b', text: '希望体会愉悦' },
        { id: 'c', text: '希望解决问题' },
      ],
      correct: ['a', 'c'],
    });
    // The options are shuffled per attempt: reach each by name.
    screen.getByRole('checkbox', { name: '希望了解问题' }).focus();
    await user.keyboard(' ');
    screen.getByRole('checkbox', { name: '希望解决问题' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: '希望了解问题' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '希望解决问题' })).toBeChecked();
    screen.getByRole('button', { name: '提交答案' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('回答正确');
  });

  it('true/false （判断）', async () => {
    const user = userEvent.setup();
    const { status } = renderQuestion(sampleCase.questions[1]);
    expect(screen.getByText('客户永远是错的。')).toBeInTheDocument();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '错误' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('回答正确');
  });

  it('ordering: move up/down buttons reorder, and focus stays on the moved item', async () => {
    const user = userEvent.setup();
    const items = ['接受引导', '倾听响应', '确认事实', '提出建议'].map((text, i) => ({ id: `s${i + 1}`, text }));
    const { status } = renderQuestion({ ...base, id: 'o', kind: 'ordering', items });
    const texts = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.ordering__text')!.textContent);
    // Sort by keyboard: repeatedly move the item that belongs at each position upwards.
    for (const [target, wanted] of items.entries()) {
      let index = texts().indexOf(wanted.text);
      while (index > target) {
        const up = screen.getByRole('button', { name: `上移：${wanted.text}` });
        up.focus();
        await user.keyboard('{Enter}');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        index -= 1;
        expect(texts()[index]).toBe(wanted.text);
        // Focus stays in the moved row (on "上移", or on "下移" once it reached the top).
        expect(screen.getAllByRole('listitem')[index]).toContainElement(document.activeElement as HTMLElement);
      }
    }
    expect(texts()).toEqual(items.map((i) => i.text));
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(status()).toHaveTextContent('回答正确');
  });

  it('matching: a labelled select per item, with repeated categories', async () => {
    const user = userEvent.setup();
    const { status } = renderQuestion({
      ...base,
      id: 'x',
      kind: 'matching',
      pairs: [
        { id: 'p1', left: '希望了解问题', right: '理性' },
        { id: 'p2', left: '希望得到尊重', right: '感性' },
        { id: 'p3', left: '希望得到补偿', right: '理性' },
      ],
    });
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByRole('alert')).toHaveTextContent('还有 3 项没有配对。');
    await user.selectOptions(screen.getByRole('combobox', { name: '希望了解问题' }), '理性');
    await user.selectOptions(screen.getByRole('combobox', { name: '希望得到尊重' }), '感性');
    await user.selectOptions(screen.getByRole('combobox', { name: '希望得到补偿' }), '感性');
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(status()).toHaveTextContent('部分正确');
    expect(lastAttempt()?.score).toBeCloseTo(2 / 3);
  });

  it('phrase rewrite: a written answer is checked against the rules and shown beside the model answer', async () => {
    const user = userEvent.setup();
    const { status } = renderQuestion({
      ...base,
      id: 'r',
      kind: 'rewrite',
      forbidden: '你爱找谁就找谁',
      choices: [
        { id: 'a', text: '这件事由我负责跟进', correct: true },
        { id: 'b', text: '找谁都一样' },
      ],
      mustInclude: [
        { label: '包含致歉', anyOf: ['抱歉', '对不起'] },
        { label: '承担责任', anyOf: ['我负责', '我来'] },
      ],
      mustNotInclude: [{ label: '不把客户推走', anyOf: ['找谁'] }],
      modelAnswer: '非常抱歉，这件事由我负责跟进到底。',
    });
    expect(screen.getByText(/你爱找谁就找谁/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '自己改写' }));
    await user.type(screen.getByRole('textbox', { name: '您的说法' }), '这件事我来帮您处理好');
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(status()).toHaveTextContent('✗ 包含致歉');
    expect(status()).toHaveTextContent('✓ 承担责任');
    expect(status()).toHaveTextContent('参考说法');
    expect(status()).toHaveTextContent('非常抱歉，这件事由我负责跟进到底。');
    await user.click(screen.getByRole('button', { name: '再答一次' }));
    await user.click(screen.getByRole('radio', { name: '自己改写' }));
    await user.type(screen.getByRole('textbox', { name: '您的说法' }), '对不起，这件事我来帮您处理好');
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(status()).toHaveTextContent('回答正确');
  });

  it('role-play: replies change the meter (with text), the customer answers by state, and it ends with a score', async () => {
    const user = userEvent.setup();
    const { status } = renderQuestion(rolePlay);
    expect(screen.getByText('你们乱收费！')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '王先生当前状态' })).toHaveTextContent('非常激动（80/100）');
    await user.tab();
    expect(screen.getByRole('button', { name: '您别着急，请慢慢说。' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: '王先生当前状态' })).toHaveTextContent('不满（50/100）');
    expect(screen.getByText('好吧，是这样的……')).toBeInTheDocument();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: /结局：圆满解决/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '对话记录' })).toHaveTextContent('我马上帮您核对记录。');
    expect(status()).toHaveTextContent('回答正确');
    expect(lastAttempt()).toMatchObject({ questionId: 'rp', correct: true, score: 0.9 });
    await user.click(screen.getByRole('button', { name: '重新演练' }));
    expect(screen.getByText('你们乱收费！')).toBeInTheDocument();
  });
});
