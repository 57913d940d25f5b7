// A link to a section of the open lecture keeps its address (it can be opened in a new tab or
// copied), but a plain click moves within the page instead of going through the router.
import type { MouseEvent } from 'react';

export function sectionHref(lectureId: string, slide: number): string {
  return `#/lectures/${lectureId}/${slide}`;
}

/** Returns a click handler that jumps in the page, leaving modified clicks (new tab…) to the browser. */
export function onSectionClick(slide: number, jump: (slide: number) => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    jump(slide);
  };
}

/** The reading position is the reader's: scrolling writes it to the address without a navigation,
 * so the router never hears of it and nothing echoes back. The router's own state is kept. */
export function writeSectionAddress(lectureId: string, slide: number): void {
  const hash = sectionHref(lectureId, slide);
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
}
