// The storage notices say what keeps data and their buttons work (reliability review F15, F19).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageNoticeBanner } from '../../src/app/storage-notice-banner';
import { createSafeStorage } from '../../src/store/safe-storage';
import { useStorageNotices } from '../../src/store/storage-notices';

const downloads = () => {
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  return names;
};

describe('storage notice banner', () => {
  afterEach(() => {
    useStorageNotices.setState({ notices: [] });
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('F15: a failed write never advises reloading; it offers an export instead', async () => {
    const names = downloads();
    useStorageNotices.getState().report({ kind: 'write-failed', store: 'progress' });
    render(<StorageNoticeBanner />);
    const alert = screen.getByRole('alert');
    expect(alert).not.toHaveTextContent('刷新页面');
    expect(alert).toHaveTextContent('请不要刷新或关闭本页');
    await userEvent.setup().click(screen.getByRole('button', { name: '导出进度' }));
    // The export's code loads on the click (it is not on every screen), so the file follows a moment later.
    await waitFor(() => expect(names).toEqual([expect.stringMatching(/^课程进度-.*\.json$/)]));
  });

  it('F19: both stores corrupt: two notices, each naming its data and downloading its own backup', async () => {
    const names = downloads();
    localStorage.setItem('complaint-course:progress', '{bad progress');
    localStorage.setItem('complaint-course:classroom', '{bad board');
    createSafeStorage(undefined, 'progress').getItem('complaint-course:progress');
    createSafeStorage(undefined, 'scoreboard').getItem('complaint-course:classroom');
    render(<StorageNoticeBanner />);
    expect(screen.getByText(/已保存的学习进度无法读取/)).toBeInTheDocument();
    expect(screen.getByText(/已保存的小组积分榜无法读取/)).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: '下载备份' });
    expect(buttons).toHaveLength(2);
    const user = userEvent.setup();
    for (const button of buttons) await user.click(button);
    expect(names).toEqual(['course-progress-backup.json', 'classroom-scoreboard-backup.json']);
  });
});
