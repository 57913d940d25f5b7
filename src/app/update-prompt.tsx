import { useEffect } from 'react';
import { create } from 'zustand';
import { useProgressKeeper } from '../lib/progress/progress-keeper';

type Register = (options: {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
}) => (reload?: boolean) => Promise<void>;

const registerServiceWorker = () => import('virtual:pwa-register').then((m) => m.registerSW as Register);

interface UpdateState {
  needRefresh: boolean;
  update: ((reload?: boolean) => Promise<void>) | null;
}

const useUpdateState = create<UpdateState>(() => ({ needRefresh: false, update: null }));

interface Props {
  /** Only the production build has a service worker. */
  enabled?: boolean;
  /** Injected in tests. */
  loadRegister?: () => Promise<Register>;
}

/**
 * Registers the service worker after the first screen, on every screen (so a console opened first
 * also makes the course available offline). No notice when it becomes available offline: it would
 * push the page down while someone reads.
 */
export function ServiceWorkerRegistration({
  enabled = import.meta.env.PROD,
  loadRegister = registerServiceWorker,
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
      });
      useUpdateState.setState({ update });
    });
    return () => {
      live = false;
    };
  }, [enabled, inLms, loadRegister]);
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
          <button type="button" className="button button--primary" onClick={() => void update?.(true)}>
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
