import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ServiceWorkerRegistration, UpdatePrompt } from '../../src/app/update-prompt';

describe('update prompt', () => {
  it('asks before a new version replaces the content, and updates only when asked', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const update = vi.fn(() => Promise.resolve());
    let callbacks: { onNeedRefresh: () => void; onOfflineReady: () => void } | undefined;
    const register = vi.fn((options: typeof callbacks) => {
      callbacks = options;
      return update;
    });
    const user = userEvent.setup();
    render(
      <>
        <ServiceWorkerRegistration enabled loadRegister={() => Promise.resolve(register as never)} reload={vi.fn()} />
        <UpdatePrompt />
      </>,
    );
    await vi.waitFor(() => expect(register).toHaveBeenCalled());
    act(() => callbacks!.onOfflineReady());
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => callbacks!.onNeedRefresh());
    expect(screen.getByRole('status')).toHaveTextContent('课程有新版本');
    expect(update).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '立即更新' }));
    expect(update).toHaveBeenCalledWith(true);
    await user.click(screen.getByRole('button', { name: '稍后' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('F16: 立即更新 on a first visit (the page is not controlled) reloads once the new version is active', async () => {
    const waiting = Object.assign(new EventTarget(), { state: 'installed' as ServiceWorkerState });
    Object.defineProperty(navigator, 'serviceWorker', {
      value: { controller: null, getRegistration: () => Promise.resolve({ waiting }) },
      configurable: true,
    });
    // Skipping waiting activates the new worker, but no 'controlling' event reaches this page.
    const update = vi.fn(() => {
      setTimeout(() => {
        waiting.state = 'activated';
        waiting.dispatchEvent(new Event('statechange'));
      }, 10);
      return Promise.resolve();
    });
    let callbacks: { onNeedRefresh: () => void } | undefined;
    const register = vi.fn((options: typeof callbacks) => {
      callbacks = options;
      return update;
    });
    const reload = vi.fn();
    const user = userEvent.setup();
    render(
      <>
        <ServiceWorkerRegistration enabled loadRegister={() => Promise.resolve(register as never)} reload={reload} />
        <UpdatePrompt />
      </>,
    );
    await vi.waitFor(() => expect(register).toHaveBeenCalled());
    act(() => callbacks!.onNeedRefresh());
    await user.click(screen.getByRole('button', { name: '立即更新' }));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    await user.click(screen.getByRole('button', { name: '稍后' }));
  });

  it('does nothing without a service worker build', () => {
    const loadRegister = vi.fn();
    render(
      <>
        <ServiceWorkerRegistration enabled={false} loadRegister={loadRegister} />
        <UpdatePrompt />
      </>,
    );
    expect(loadRegister).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
