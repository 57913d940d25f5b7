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
    const visible = new Set<number>();
    const atBottom = () => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
    // The reading band starts just below the sticky header, where a jumped-to slide's top lands.
    const header = document.querySelector('.app-header');
    const headerHeight =
      header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const n = Number((entry.target as HTMLElement).dataset.slide);
          if (entry.isIntersecting) visible.add(n);
          else visible.delete(n);
        }
        if (visible.size > 0 && !atBottom()) onCurrent(Math.min(...visible));
      },
      // From below the header to 45% of the viewport height: the part a reader is actually reading.
      { rootMargin: `-${Math.round(headerHeight) + 4}px 0px -55% 0px`, threshold: 0 },
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
