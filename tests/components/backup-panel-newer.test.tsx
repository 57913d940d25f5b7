// Saved data from a newer course version is never overwritten (reliability review F5).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { progressSync } from '../../src/store/app-store';
import { renderAppAt } from './render-app';

const KEY = 'complaint-course:progress';
const slow = { timeout: 8000 };

describe('progress backup with data from a newer version', () => {
  it('F5: reset and import refuse with a clear message, and export gives the saved text as it is', async () => {
    const newer = JSON.stringify({ version: 99, state: { lectures: { toolbox: { seen: [1, 2, 3] } }, v99: {} } });
    localStorage.setItem(KEY, newer);
    progressSync.load(); // as a page opened on that data does
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderAppAt('#/progress');

    await user.click(await screen.findByRole('button', { name: '重置进度……' }, slow));
    expect(screen.getByText(/未重置：浏览器中保存的进度来自更新版本的课程/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '确认重置' })).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText(/导入进度/), new File(['{}'], 'p.json', { type: 'application/json' }));
    expect(await screen.findByText(/未导入：浏览器中保存的进度来自更新版本的课程/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '导出进度' }));
    expect(names[0]).toMatch(/原始数据/);
    // jsdom's Blob has no text(): read it as the app reads files.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    expect(text).toBe(newer);
    expect(localStorage.getItem(KEY)).toBe(newer);
  });
});
