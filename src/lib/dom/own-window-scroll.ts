// The course may run inside an LMS page's iframe. Element.scrollIntoView() and a plain focus()
// scroll every scrollable ancestor, the LMS page included, so the learner's LMS page would jump
// each time the course moves. These helpers move only the course's own window.

/** Scrolls the course's window so the element's top sits under whatever is stuck to the top
 * (its CSS scroll-margin-top says how much that is). */
export function scrollWindowToElement(element: Element): void {
  const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  const top = element.getBoundingClientRect().top + window.scrollY - margin;
  window.scrollTo({ top: Math.max(0, Math.round(top)), behavior: 'instant' });
}

export function scrollWindowToTop(): void {
  window.scrollTo({ top: 0, behavior: 'instant' });
}

/** Focuses without scrolling any ancestor; if the element is out of view, brings it into the
 * course's own window (a third of the way down, so what led to it stays in sight). */
export function focusInPlace(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  const { top, bottom } = element.getBoundingClientRect();
  if (top >= 0 && bottom <= window.innerHeight) return;
  window.scrollTo({ top: Math.max(0, Math.round(window.scrollY + top - window.innerHeight / 3)), behavior: 'instant' });
}
