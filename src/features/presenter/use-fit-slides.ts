import { useEffect } from 'react';

/** Shrinks each printed slide's content (CSS zoom) until it fits its page box: one slide, one page. */
export function useFitSlides(container: HTMLElement | null, ready: boolean) {
  useEffect(() => {
    if (!container || !ready) return;
    for (const fit of container.querySelectorAll<HTMLElement>('.slide__fit')) {
      const box = fit.parentElement!;
      fit.style.zoom = '1';
      for (let round = 0; round < 4 && fit.scrollHeight > box.clientHeight; round++) {
        const zoom = Number(fit.style.zoom) * Math.max(0.2, (box.clientHeight / fit.scrollHeight) * 0.97);
        fit.style.zoom = String(zoom);
      }
    }
  }, [container, ready]);
}
