import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { renderAppAt } from './render-app';

describe('home screen', () => {
  it('shows the course title and the four lectures in order with subtitle, duration and objectives', () => {
    renderAppAt('#/');
    expect(screen.getByRole('heading', { level: 1, name: '客户投诉处理技能提升训练' })).toBeInTheDocument();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(['学会理解投诉', '投诉处理的基本技巧', '疑难投诉处理技能', '百宝箱']);
    const first = screen.getByRole('article', { name: '学会理解投诉' });
    expect(within(first).getByText('山雨欲来前')).toBeInTheDocument();
    expect(within(first).getByText(/约 \d+ 分钟/)).toBeInTheDocument();
    expect(within(first).getByRole('heading', { name: '学习目标' })).toBeInTheDocument();
    expect(within(first).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(document.title).toBe('客户投诉处理技能提升训练');
  });

  it('offers to start at lecture 1 before anything is read', () => {
    renderAppAt('#/');
    expect(screen.getByRole('link', { name: '从第一讲开始' })).toHaveAttribute('href', '#/lectures/understanding');
    expect(screen.queryByRole('link', { name: /继续学习/ })).not.toBeInTheDocument();
  });

  it('offers "continue where you stopped" once something was read', () => {
    renderAppAt('#/');
    const { markSeen, setLastPosition } = useAppStore.getState();
    act(() => {
      markSeen('understanding', 3, 1000);
      setLastPosition('understanding', 3, 1000);
      markSeen('techniques', 5, 2000);
      setLastPosition('techniques', 5, 2000);
    });
    const link = screen.getByRole('link', { name: /继续学习/ });
    expect(link).toHaveTextContent('第二讲 投诉处理的基本技巧 · 第 5 节');
    expect(link).toHaveAttribute('href', '#/lectures/techniques/5');
    const progress = within(screen.getByRole('article', { name: '学会理解投诉' })).getByRole('progressbar');
    expect(Number(progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  });

  it('shows how many mistakes are due for review', () => {
    renderAppAt('#/');
    expect(screen.getByText(/暂无到期的复习/)).toBeInTheDocument();
    act(() =>
      useAppStore.getState().recordAttempt({
        questionId: 'tariff-switch-q1',
        caseId: 'tariff-switch',
        answer: null,
        correct: false,
        score: 0,
        at: Date.now() - 1000,
        durationMs: 0,
        mode: 'bank',
      }),
    );
    expect(screen.getByText(/1 道题到期待复习/)).toBeInTheDocument();
  });
});
