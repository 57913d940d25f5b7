import { useEffect } from 'react';
import { create } from 'zustand';
import { flushProgress } from '../store/app-store';
import { useProgressKeeper } from '../lib/progress/progress-keeper';

type Register = (options: {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
  onNeedReload?: () => void;
}) => (reload?: boolean) => Promise<void>;

/**
 * The one way this page reloads for an update: what is waiting to be saved is saved first.
 * (An exam or a draft keeps itself in storage; nothing here may hold data only in memory.)
 */
export function reloadForUpdate() {
  flushProgress();
  window.location.reload();
}

/** Resolves when the worker is active (or after `timeoutMs`, so a stuck worker cannot block). */
function whenActivated(worker: ServiceWorker | null | undefined, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (!worker || worker.state === 'activated' || worker.state === 'redundant') return resolve();
    const timer = setTimeout(resolve, timeoutMs);
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'activated' && worker.state !== 'redundant') return;
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Activates the waiting version. A controlled page reloads on workbox's 'controlling' event; a
 * page opened on the very first visit is not controlled, never gets that event, and is reloaded
 * here once the new worker is active (F16: 立即更新 did nothing).
 */
async function applyUpdate(update: (reload?: boolean) => Promise<void>, reload: () => void) {
  const container = navigator.serviceWorker;
  const waiting = (await container.getRegistration?.())?.waiting;
  await update(true);
  if (container.controller) return;
  await whenActivated(waiting, 3_000);
  reload();
}

const registerServiceWorker = () => import('virtual:pwa-register').then((m) => m.registerSW as Register);

interface UpdateState {
  needRefresh: boolean;
  update: (() => Promise<void>) | null;
}

const useUpdateState = create<UpdateState>(() => ({ needRefresh: false, update: null }));

interface Props {
  /** Only the production build has a service worker. */
  enabled?: boolean;
  /** Injected in tests. */
  loadRegister?: () => Promise<Register>;
  reload?: () => void;
}

/**
 * Registers the service worker after the first screen, on every screen (so a console opened first
 * also makes the course available offline). No notice when it becomes available offline: it would
 * push the page down while someone reads.
 */
export function ServiceWorkerRegistration({
  enabled = import.meta.env.PROD,
  loadRegister = registerServiceWorker,
  reload = reloadForUpdate,
}: Props) {
  // Inside an LMS the course needs the network anyway, and each package update would leave a
  // stale worker behind: no offline copy there (the LMS session removes an old one).
  const inLms = useProgressKeeper((s) => s.keeper === 'lms');
  useEffect(() => {
    if (!enabled || inLms || !('serviceWorker' in navigator)) return;
    let live = true;
    void loadRegister().then((registerSW) => {
      if (!live) return;
      const update = registerSW({
        onNeedRefresh: () => useUpdateState.setState({ needRefresh: true }),
        onOfflineReady: () => undefined,
        onNeedReload: reload,
      });
      useUpdateState.setState({ update: () => applyUpdate(update, reload) });
    });
    return () => {
      live = false;
    };
  }, [enabled, inLms, loadRegister, reload]);
  return null;
}

/** Asks before a new version replaces the content a reader is looking at (in the page's flow). */
export function UpdatePrompt() {
  const { needRefresh, update } = useUpdateState();
  if (!needRefresh) return null;
  return (
    <div className="notices">
      <div className="notice" role="status">
        <p>课程有新版本。更新会重新载入页面，您的学习进度不受影响。</p>
        <div className="notice__actions">
          <button type="button" className="button button--primary" onClick={() => void update?.()}>
            立即更新
          </button>
          <button type="button" className="button" onClick={() => useUpdateState.setState({ needRefresh: false })}>
            稍后
          </button>
        </div>
      </div>
    </div>
  );
}
