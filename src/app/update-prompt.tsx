import { useEffect, useRef, useState } from 'react';

type Register = (options: {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
}) => (reload?: boolean) => Promise<void>;

const registerServiceWorker = () => import('virtual:pwa-register').then((m) => m.registerSW as Register);

interface Props {
  /** Only the production build has a service worker. */
  enabled?: boolean;
  /** Injected in tests. */
  loadRegister?: () => Promise<Register>;
}

/**
 * Registers the service worker after the first screen (so it costs the first screen nothing) and
 * asks before a new version replaces the content a reader is looking at.
 */
export function UpdatePrompt({ enabled = import.meta.env.PROD, loadRegister = registerServiceWorker }: Props) {
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const update = useRef<((reload?: boolean) => Promise<void>) | null>(null);

  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator)) return;
    let live = true;
    void loadRegister().then((registerSW) => {
      if (!live) return;
      update.current = registerSW({
        onNeedRefresh: () => setNeedRefresh(true),
        onOfflineReady: () => setOfflineReady(true),
      });
    });
    return () => {
      live = false;
    };
  }, [enabled, loadRegister]);

  if (needRefresh) {
    return (
      <div className="notice update-prompt" role="status">
        <p>课程有新版本。更新会重新载入页面,您的学习进度不受影响。</p>
        <div className="notice__actions">
          <button type="button" className="button button--primary" onClick={() => void update.current?.(true)}>
            立即更新
          </button>
          <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
            稍后
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="notice update-prompt" role="status">
        <p>课程已保存到本机,没有网络时也能打开。</p>
        <div className="notice__actions">
          <button type="button" className="button" onClick={() => setOfflineReady(false)}>
            知道了
          </button>
        </div>
      </div>
    );
  }
  return null;
}
