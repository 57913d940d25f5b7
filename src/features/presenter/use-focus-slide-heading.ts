import { useEffect } from 'react';

/** After a slide change, move focus to the new slide's heading (what reveal.js users ask for). */
export function useFocusSlideHeading(slide: number, enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const heading = document.querySelector<HTMLElement>('[data-stage="current"] .slide h2');
      // The lecture body may still be loading: try again on the next frames.
      if (!heading) {
        if (tries++ < 120) frame = requestAnimationFrame(focus);
        return;
      }
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    };
    // At once when the heading is there: in the next frame's callbacks its layout would hold up
    // the paint of the new slide.
    focus();
    return () => cancelAnimationFrame(frame);
  }, [slide, enabled]);
}
