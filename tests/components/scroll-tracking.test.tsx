import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };

/** Stands in for the browser's IntersectionObserver (jsdom has no layout): the test says what is in view. */
class FakeIntersectionObserver {
  static current: FakeIntersectionObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.current = this;
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  takeRecords() {
    return [];
  }
  /** Scrolls the slide to the top of the window and reports it entering the reading band. */
  show(slide: number) {
    const target = document.getElementById(`slide-${slide}`)!;
    expect(this.observed.has(target)).toBe(true);
    scrolledTo = slide;
    const entry = { target, isIntersecting: true } as unknown as IntersectionObserverEntry;
    act(() => this.callback([entry], this as unknown as IntersectionObserver));
  }
  /** Delivers an entry measured earlier, after the page has moved on. */
  deliverStale(slide: number) {
    const target = document.getElementById(`slide-${slide}`)!;
    const entry = { target, isIntersecting: true } as unknown as IntersectionObserverEntry;
    act(() => this.callback([entry], this as unknown as IntersectionObserver));
  }
}

// jsdom lays nothing out: each slide is 1000 px tall, the one scrolled to starting 100 px down.
let scrolledTo = 1;
function slideRect(this: Element): DOMRect {
  const slide = Number((this as HTMLElement).dataset.slide);
  if (!slide) return new DOMRect(0, 0, 0, 0);
  return new DOMRect(0, (slide - scrolledTo) * 1000 + 100, 800, 900);
}

describe('the address follows the reader scrolling', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    // A page taller than the window (jsdom lays nothing out), so the reader is not at its bottom.
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(20000);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(slideRect);
    scrolledTo = 1;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  async function openLecture(hash: string) {
    renderAppAt(hash);
    await screen.findByRole('heading', { level: 2, name: '学习目标' }, slow);
    // Every slide filled in, and the tracking set up on the final sections.
    await waitFor(() => expect(document.querySelectorAll('section.slide[aria-busy]')).toHaveLength(0), slow);
    // Lecture 1 has 35 slides; its classroom-only ones (icebreakers) are not in the reading view.
    await waitFor(() => expect(FakeIntersectionObserver.current?.observed.size).toBeGreaterThan(25));
    return FakeIntersectionObserver.current!;
  }

  it('a lecture opened at its start keeps its plain address while its first slide is in view', async () => {
    const tracking = await openLecture('#/lectures/understanding');
    tracking.show(1);
    expect(window.location.hash).toBe('#/lectures/understanding');
    expect(useAppStore.getState().lectures.understanding?.seen).toContain(1);
  });

  it('scrolling to a slide that was filled in later names it in the address and records it', async () => {
    const tracking = await openLecture('#/lectures/understanding');
    tracking.show(30);
    await waitFor(() => expect(window.location.hash).toBe('#/lectures/understanding/30'));
    expect(useAppStore.getState().lectures.understanding).toMatchObject({ last: 30 });
    expect(useAppStore.getState().lectures.understanding?.seen).toContain(30);
  });

  it('an observation that arrives after a jump does not undo it', async () => {
    const tracking = await openLecture('#/lectures/understanding');
    tracking.show(12);
    await waitFor(() => expect(window.location.hash).toBe('#/lectures/understanding/12'));
    // The page has jumped to slide 30 (a click in the contents) when a report measured at slide 2 arrives.
    scrolledTo = 30;
    tracking.deliverStale(2);
    await waitFor(() => expect(window.location.hash).toBe('#/lectures/understanding/30'));
    expect(useAppStore.getState().lectures.understanding?.seen).not.toContain(2);
  });
});
