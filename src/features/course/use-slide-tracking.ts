import { useEffect } from 'react';

/**
 * Watches the lecture's slide sections while the reader scrolls and reports the slide in the
 * reading band (the upper part of the viewport); at the very bottom of the page, the last slide.
 * Does nothing where IntersectionObserver is missing.
 */
export function useSlideTracking(
  container: HTMLElement | null,
  ready: boolean,
  slideCount: number,
  onCurrent: (slide: number) => void,
) {
  useEffect(() => {
    if (!container || !ready || typeof IntersectionObserver === 'undefined') return;
    const atBottom = () => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
    // The reading band starts just below the sticky header, where a jumped-to slide's top lands.
    const header = document.querySelector('.app-header');
    const headerHeight =
      header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
    const bandTop = Math.round(headerHeight) + 4;
    // The first slide in the band, read from the page as it is now. The observer's entries are
    // only the cue: they are measured a frame before they arrive, and a jump made in between (a
    // click in the contents) would otherwise be undone by the position they describe.
    const slideInBand = (): number | null => {
      const bandBottom = window.innerHeight * 0.45;
      for (const section of container.querySelectorAll<HTMLElement>('section.slide')) {
        const { top, bottom } = section.getBoundingClientRect();
        if (top >= bandBottom) break;
        if (bottom > bandTop) return Number(section.dataset.slide);
      }
      return null;
    };
    const observer = new IntersectionObserver(
      () => {
        const slide = atBottom() ? null : slideInBand();
        if (slide !== null) onCurrent(slide);
      },
      // From below the header to 45% of the viewport height: the part a reader is actually reading.
      { rootMargin: `-${bandTop}px 0px -55% 0px`, threshold: 0 },
    );
    container.querySelectorAll<HTMLElement>('section.slide').forEach((section) => observer.observe(section));
    // A short last slide never reaches the band: reaching the bottom of the page counts as reading it.
    const onScroll = () => {
      if (atBottom() && window.scrollY > 0) onCurrent(slideCount);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [container, ready, slideCount, onCurrent]);
}
