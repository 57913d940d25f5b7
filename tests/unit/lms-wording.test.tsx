// Inside an LMS the learner is told the learning platform records progress (never that it is kept
// only in this browser, never to export it first), and no service worker is registered.
import { act, render, screen } from '@testing-library/react';
import { ServiceWorkerRegistration } from '../../src/app/update-prompt';
import { StorageNoticeBanner } from '../../src/app/storage-notice-banner';
import { applyFirstScreenHint } from '../../src/app/first-screen';
import { BackupPanel } from '../../src/features/progress/backup-panel';
import { markProgressKeptByLms, useProgressKeeper } from '../../src/lib/progress/progress-keeper';
import { useStorageNotices } from '../../src/store/storage-notices';
import { renderAppAt } from '../components/render-app';

afterEach(() => {
  useProgressKeeper.setState({ keeper: 'browser' });
  useStorageNotices.setState({ notices: [] });
  localStorage.clear();
});

describe('inside an LMS', () => {
  it('the progress page and the footer say the learning platform records progress', async () => {
    markProgressKeptByLms();
    renderAppAt('#/progress');
    expect(
      await screen.findByText(/学习进度由学习平台记录.*导出文件只是本浏览器中的一份副本/, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('学习进度由学习平台记录');
    expect(document.body).not.toHaveTextContent(/只保存在本浏览器|请先导出/);
  });

  it('outside an LMS the backup panel still says to export before changing computers', () => {
    render(<BackupPanel />);
    expect(screen.getByText(/进度只保存在本浏览器中。换电脑或清理浏览器前，请先导出进度文件。/)).toBeInTheDocument();
  });

  it('storage notices do not tell the learner to export or that progress is lost', () => {
    markProgressKeptByLms();
    act(() => {
      useStorageNotices.getState().report({ kind: 'migration-failed' });
      useStorageNotices.getState().report({ kind: 'unavailable' });
    });
    render(<StorageNoticeBanner />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('学习进度由学习平台记录');
    expect(alert).not.toHaveTextContent(/导出进度|不会保留/);
  });

  it('registers no service worker', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    markProgressKeptByLms();
    const loadRegister = vi.fn(() => new Promise<never>(() => undefined));
    render(<ServiceWorkerRegistration enabled loadRegister={loadRegister} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadRegister).not.toHaveBeenCalled();
  });

  it('a learner with progress under an LMS key is not shown the first-visit home', () => {
    localStorage.setItem('complaint-course:progress:lms:complaint-course-scorm12:s1', '{}');
    applyFirstScreenHint('complaint-course:progress', [], {}, document, '#/');
    expect(document.documentElement.getAttribute('data-first-screen')).toBe('app');
  });
});
