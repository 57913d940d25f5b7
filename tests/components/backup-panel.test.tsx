import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { partialize, useAppStore } from '../../src/store/app-store';
import { exportProgress } from '../../src/store/progress-transfer';
import { normalise } from '../../src/store/migrations';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };
const T = Date.UTC(2025, 0, 1);

function progressFile(seen: number[]) {
  const state = normalise({ lectures: { toolbox: { seen, last: seen.at(-1), updatedAt: 1 } } });
  return new File([exportProgress(state)], 'progress.json', { type: 'application/json' });
}

describe('progress backup: import with preview and undo, reset with confirmation and undo', () => {
  it('previews an import, replaces all-or-nothing, and can undo it', async () => {
    const user = userEvent.setup();
    renderAppAt('#/progress');
    act(() => useAppStore.getState().markSeen('understanding', 1, 1));
    const input = await screen.findByLabelText(/导入进度/, {}, slow);
    await user.upload(input, progressFile([1, 2, 3, 4]));
    expect(await screen.findByText('已读小节：1 → 4')).toBeInTheDocument();
    expect(useAppStore.getState().lectures.toolbox).toBeUndefined();
    await user.click(screen.getByRole('button', { name: '确认导入' }));
    expect(useAppStore.getState().lectures.toolbox?.seen).toEqual([1, 2, 3, 4]);
    expect(useAppStore.getState().lectures.understanding).toBeUndefined();
    await user.click(screen.getByRole('button', { name: '撤销上次导入' }));
    expect(useAppStore.getState().lectures.understanding?.seen).toEqual([1]);
    expect(useAppStore.getState().lectures.toolbox).toBeUndefined();
  });

  it('says why a bad file is rejected, and changes nothing', async () => {
    const user = userEvent.setup();
    renderAppAt('#/progress');
    act(() => useAppStore.getState().markSeen('understanding', 2, 1));
    const before = partialize(useAppStore.getState());
    const input = await screen.findByLabelText(/导入进度/, {}, slow);
    await user.upload(
      input,
      new File(['{"format":"complaint-course-progress","version":3,"state":{"__proto__":{}}}'], 'evil.json'),
    );
    expect(await screen.findByText(/未导入：文件中含有不安全的字段/)).toBeInTheDocument();
    await user.upload(input, new File(['garbage'], 'x.json'));
    expect(await screen.findByText(/未导入：文件无法读取/)).toBeInTheDocument();
    expect(partialize(useAppStore.getState())).toEqual(before);
  });

  it('resets only after confirming, and the reset can be undone', async () => {
    const user = userEvent.setup();
    renderAppAt('#/progress');
    act(() => useAppStore.getState().markSeen('difficult', 5, 1));
    await user.click(await screen.findByRole('button', { name: '重置进度……' }, slow));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(useAppStore.getState().lectures.difficult?.seen).toEqual([5]);
    await user.click(screen.getByRole('button', { name: '重置进度……' }));
    await user.click(screen.getByRole('button', { name: '确认重置' }));
    expect(useAppStore.getState().lectures.difficult).toBeUndefined();
    await user.click(screen.getByRole('button', { name: '撤销上次重置' }));
    expect(useAppStore.getState().lectures.difficult?.seen).toEqual([5]);
  });

  it('F1: the undo is gone once the learner does something else, and when they leave the page', async () => {
    const user = userEvent.setup();
    renderAppAt('#/progress');
    act(() => useAppStore.getState().markSeen('difficult', 5, T));
    await user.click(await screen.findByRole('button', { name: '重置进度……' }, slow));
    await user.click(screen.getByRole('button', { name: '确认重置' }));
    expect(screen.getByRole('button', { name: '撤销上次重置' })).toBeInTheDocument();
    act(() => useAppStore.getState().markSeen('toolbox', 2, T));
    expect(screen.queryByRole('button', { name: '撤销上次重置' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重置进度……' }));
    await user.click(screen.getByRole('button', { name: '确认重置' }));
    act(() => {
      window.location.hash = '#/';
    });
    await screen.findByRole('heading', { level: 1, name: /客户投诉处理/ }, slow);
    act(() => {
      window.location.hash = '#/progress';
    });
    await screen.findByRole('button', { name: '重置进度……' }, slow);
    expect(screen.queryByRole('button', { name: '撤销上次重置' })).not.toBeInTheDocument();
  });

  it('imports only answers to questions the course has', async () => {
    const user = userEvent.setup();
    renderAppAt('#/progress');
    const answer = (questionId: string, caseId: string) => ({
      questionId,
      caseId,
      answer: null,
      correct: false,
      score: 0,
      at: T,
      durationMs: 1,
      mode: 'bank',
    });
    const state = normalise({
      attempts: [answer('tariff-switch-q1', 'tariff-switch'), answer('made-up-q1', 'made-up')],
    });
    const input = await screen.findByLabelText(/导入进度/, {}, slow);
    await user.upload(input, new File([exportProgress(state)], 'p.json', { type: 'application/json' }));
    expect(await screen.findByText('答题记录：0 → 1', {}, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '确认导入' }));
    expect(useAppStore.getState().attempts.map((a) => a.questionId)).toEqual(['tariff-switch-q1']);
  });
});
