// #/review never crashes on a far-future date from an import or storage (reliability review F11).
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { replaceProgress, useAppStore } from '../../src/store/app-store';
import { normalise } from '../../src/store/migrations';
import { parseImport } from '../../src/store/progress-transfer';
import { renderAppAt } from './render-app';

describe('review screen with bad dates', () => {
  it('F11: an attempt and a review entry dated 1e16 show as due, not as "页面出错了"', async () => {
    renderAppAt('#/review');
    const file = JSON.stringify({
      format: 'complaint-course-progress',
      version: 3,
      state: {
        attempts: [
          {
            questionId: 'tariff-switch-q1',
            caseId: 'tariff-switch',
            answer: null,
            correct: false,
            score: 0,
            at: 1e16,
            durationMs: 1,
            mode: 'bank',
          },
        ],
        review: { 'tariff-switch-q2': { box: 2, due: 1e16, lastWrong: false, wrongCount: 1, firstWrongAt: 1e16 } },
      },
    });
    const imported = parseImport(file);
    if (!imported.ok) throw new Error(imported.reason);
    act(() => {
      replaceProgress(normalise(imported.state));
    });
    expect(useAppStore.getState().review['tariff-switch-q2'].due).toBeLessThanOrEqual(Date.now());
    expect(await screen.findByText(/今天复习/, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByText(/页面出错了/)).not.toBeInTheDocument();
  }, 15_000);
});
