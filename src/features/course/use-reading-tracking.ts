import { useEffect, useRef } from 'react';
import { createDwellTracker, dwellNeeded } from './reading-dwell';

interface Options {
  container: HTMLElement | null;
  ready: boolean;
  /** The last section to read: reaching the bottom of the page puts the reader there. */
  lastSlide: number;
  /** Sections read before: no need to time them again. */
  seen: readonly number[];
  /** The section in the reading band (the upper part of the window) changed. */
  onCurrent: (slide: number) => void;
  /** A section has been on screen long enough to count as read. */
  onRead: (slide: number) => void;
}

const slideOf = (element: Element) => Number((element as HTMLElement).dataset.slide);
const textLength = (element: Element) => (element.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Follows the reader through the lecture with two IntersectionObservers, trusting their entries:
 * one for the reading band (where the reader is), one for what is on screen (what gets read).
 * Does nothing where IntersectionObserver is missing.
 */
export function useReadingTracking({ container, ready, lastSlide, seen, onCurrent, onRead }: Options) {
  // The callbacks and the seen list change as the reader reads; the observers stay.
  const latest = useRef({ onCurrent, onRead, seen });
  useEffect(() => {
    latest.current = { onCurrent, onRead, seen };
  });

  useEffect(() => {
    if (!container || !ready || typeof IntersectionObserver === 'undefined') return;
    const sections = [...container.querySelectorAll<HTMLElement>('section.slide')];
    if (sections.length === 0) return;
    // The band starts below what is stuck to the top of the window: the sections' CSS
    // scroll-margin-top says how much that is (the same offset a jump lands at).
    const bandTop = Math.round(parseFloat(getComputedStyle(sections[0]).scrollMarginTop) || 0);

    const inBand = new Set<number>();
    let reported: number | null = null;
    const atBottom = () =>
      window.scrollY > 0 && window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
    const report = () => {
      const slide = atBottom() ? lastSlide : inBand.size > 0 ? Math.min(...inBand) : null;
      if (slide === null || slide === reported) return;
      reported = slide;
      latest.current.onCurrent(slide);
    };
    const band = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inBand.add(slideOf(entry.target));
          else inBand.delete(slideOf(entry.target));
        }
        report();
      },
      // `root: document` so the margins apply inside an LMS frame too (the implicit root there is
      // the LMS page's viewport, where margins are ignored).
      { root: document, rootMargin: `-${bandTop}px 0px -55% 0px`, threshold: 0 },
    );

    const dwell = createDwellTracker((slide) => latest.current.onRead(slide));
    for (const slide of latest.current.seen) dwell.alreadyRead(slide);
    const onScreen = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const slide = slideOf(entry.target);
          const view = entry.rootBounds?.height ?? window.innerHeight;
          const shown =
            entry.isIntersecting &&
            !entry.target.hasAttribute('aria-busy') &&
            (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= view * 0.5);
          if (shown) dwell.shown(slide, dwellNeeded(textLength(entry.target)));
          else dwell.hidden(slide);
        }
      },
      { root: document, rootMargin: `-${bandTop}px 0px 0px 0px`, threshold: [0, 0.25, 0.5, 0.75, 1] },
    );
    for (const section of sections) {
      band.observe(section);
      onScreen.observe(section);
    }
    const onVisibility = () => (document.visibilityState === 'visible' ? dwell.resume() : dwell.pause());
    // A short last section never reaches the band: the bottom of the page puts the reader there.
    window.addEventListener('scroll', report, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      band.disconnect();
      onScreen.disconnect();
      dwell.dispose();
      window.removeEventListener('scroll', report);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [container, ready, lastSlide]);
}
