import { act, screen, within } from '@testing-library/react';
import { readableSlides } from '../../src/lib/content/readable-slides';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lectures } from '../../src/lib/content/lectures';
import { loadCaseRegistry } from '../../src/lib/quiz/case-registry';
import { replaceProgress, useAppStore } from '../../src/store/app-store';
import { normalise } from '../../src/store/migrations';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };

async function completeCourse(name = 'tariff-switch-q1', lastWrong = false) {
  const registry = await loadCaseRegistry();
  const attempts = [...registry.questions.values()].map(({ question, caseData }, i) => ({
    questionId: question.id,
    caseId: caseData.id,
    answer: null,
    correct: !(lastWrong && question.id === name),
    score: lastWrong && question.id === name ? 0 : 1,
    at: Date.UTC(2025, 0, 1) + i,
    durationMs: 60_000,
    mode: 'bank' as const,
  }));
  const lectureProgress = Object.fromEntries(
    lectures.map((l) => [l.frontmatter.id, { seen: l.slides.map((s) => s.index), last: 1, updatedAt: 1 }]),
  );
  act(() =>
    replaceProgress(normalise({ lectures: lectureProgress, attempts, timeSpent: { understanding: 30 * 60_000 } })),
  );
}

describe('progress page', () => {
  it('shows per-lecture progress and points to the next unread slide', async () => {
    renderAppAt('#/progress');
    expect(await screen.findByRole('heading', { level: 1, name: '学习进度' }, slow)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '继续阅读：学会理解投诉 第 1 节' }, slow)).toHaveAttribute(
      'href',
      '#/lectures/understanding/1',
    );
    expect(screen.getByText('目前没有答错未改正的题。')).toBeInTheDocument();
    // How far to the certificate, with the way to each missing piece.
    // Classroom-only slides (icebreakers, activities) are not read, so they are not counted.
    const total = lectures.reduce((n, l) => n + readableSlides(l).length, 0);
    const certificate = screen.getByRole('heading', { name: '结业证书' }).closest('section')!;
    expect(certificate).toHaveTextContent(new RegExp(`还差 ${total} 节没读、\\d+ 个案例未达到 80 分`));
    const unread = within(certificate).getByRole('list', { name: '还没读完的讲' });
    expect(within(unread).getByRole('link', { name: '疑难投诉处理技能' })).toHaveAttribute(
      'href',
      '#/lectures/difficult/1',
    );
    const cases = within(certificate).getByRole('list', { name: '还没通过的案例' });
    expect(within(cases).getAllByRole('link').at(-1)).toHaveAttribute('href', '#/cases');
  });

  it('clears a weak spot once the latest answer to its question is right', async () => {
    renderAppAt('#/progress');
    await completeCourse('tariff-switch-q1', true);
    const section = (await screen.findByRole('heading', { name: '薄弱环节' }, slow)).closest('section')!;
    expect(within(section).getAllByRole('link')).toHaveLength(1);
    const registry = await loadCaseRegistry();
    const { caseData } = registry.questions.get('tariff-switch-q1')!;
    act(() =>
      useAppStore.getState().recordAttempt({
        questionId: 'tariff-switch-q1',
        caseId: caseData.id,
        answer: null,
        correct: true,
        score: 1,
        at: 99_999,
        durationMs: 1000,
        mode: 'bank',
      }),
    );
    expect(within(section).queryAllByRole('link')).toHaveLength(0);
    expect(section).toHaveTextContent('目前没有答错未改正的题。');
  });

  it('lists the weakest topics from wrong answers, with links to their sections', async () => {
    renderAppAt('#/progress');
    await completeCourse('tariff-switch-q1', true);
    const section = (await screen.findByRole('heading', { name: '薄弱环节' }, slow)).closest('section')!;
    const link = within(section).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^#\/lectures\/difficult\/\d+$/);
    expect(section).toHaveTextContent('答错 1 次');
    // One case not passed: no certificate yet, and "continue" points to that case.
    expect(screen.getByRole('link', { name: /继续练习：/ })).toHaveAttribute('href', '#/cases/tariff-switch');
  });

  it('offers a certificate only when everything is read and passed, with the typed name and the scores', async () => {
    const user = userEvent.setup();
    renderAppAt('#/progress');
    await completeCourse();
    await user.type(await screen.findByLabelText('证书上的姓名', {}, slow), '李晓明');
    // The certificate screen's code loads on demand (React's use()): the click must be awaited in
    // act, or React's retry after the load is lost with the act scope.
    await act(() => user.click(screen.getByRole('link', { name: '生成结业证书' })));
    const certificate = await screen.findByRole('article', { name: '客户投诉处理技能提升训练' }, slow);
    expect(certificate).toHaveTextContent('李晓明');
    expect(certificate).toHaveTextContent(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(within(certificate).getAllByRole('row')).toHaveLength(5);
    expect(within(certificate).getAllByText('100 分')).toHaveLength(4);
  });
});
