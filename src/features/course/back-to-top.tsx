import { useEffect, useState } from 'react';
import { scrollWindowToTop } from '../../lib/dom/own-window-scroll';

/** In the reading bar once the reader is more than a screen down: back to the lecture's start.
 * In the bar, not floating over the text, so it never covers what is being read. */
export function BackToTop({ target }: { target: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const update = () => setShown(window.scrollY > window.innerHeight);
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, []);
  if (!shown) return null;
  return (
    <button
      type="button"
      className="button button--small back-to-top"
      aria-label="回到顶部"
      onClick={() => {
        scrollWindowToTop();
        document.getElementById(target)?.focus({ preventScroll: true });
      }}
    >
      顶部
    </button>
  );
}
