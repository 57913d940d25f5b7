import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { renderAppAt } from './render-app';

const slow = { timeout: 8000 };

/** Stands in for the browser's IntersectionObservers (jsdom has no layout): the test says what is in view. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
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
}

/** Scrolls the slide into the reading band: every observer hears of it, the previous one leaving. */
function show(slide: number, previous?: number) {
  const entry = (n: number, isIntersecting: boolean) =>
    ({
      target: document.getElementById(`slide-${n}`)!,
      isIntersecting,
      intersectionRatio: isIntersecting ? 1 : 0,
      intersectionRect: { height: isIntersecting ? 900 : 0 },
      rootBounds: { height: 1000 },
    }) as unknown as IntersectionObserverEntry;
  const entries = previous ? [entry(previous, false), entry(slide, true)] : [entry(slide, true)];
  for (const observer of FakeIntersectionObserver.all.filter((o) => o.observed.size > 0))
    act(() => observer.callback(entries, observer as unknown as IntersectionObserver));
}

describe('the address follows the reader scrolling', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    FakeIntersectionObserver.all = [];
    // A page taller than the window (jsdom lays nothing out), so the reader is not at its bottom.
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(20000);
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
    await waitFor(() => expect(FakeIntersectionObserver.all.filter((o) => o.observed.size > 25)).toHaveLength(2));
  }

  it('a lecture opened at its start keeps its plain address while its first slide is in view', async () => {
    await openLecture('#/lectures/understanding');
    show(1);
    await new Promise((done) => setTimeout(done, 400));
    expect(window.location.hash).toBe('#/lectures/understanding');
  });

  it('scrolling names the section in the address without a navigation, and a glance reads nothing', async () => {
    await openLecture('#/lectures/understanding');
    const length = window.history.length;
    show(30, 1);
    await waitFor(() => expect(window.location.hash).toBe('#/lectures/understanding/30'));
    expect(window.history.length).toBe(length);
    expect(useAppStore.getState().lectures.understanding).toMatchObject({ last: 30 });
    expect(useAppStore.getState().lectures.understanding?.seen ?? []).not.toContain(30);
    // The reading bar follows, with no router round trip.
    expect(document.querySelector('.reading-bar__section')).toHaveTextContent(/^30\. /);
  });
});
