// The app starts after the browser has painted the prerendered home, never before, and never waits long.
import { afterFirstPaint } from '../../src/app/after-first-paint';

type PaintCallback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

function fakeWindow({ visible = true, paintTiming = true } = {}) {
  let paintCallback: PaintCallback | null = null;
  const frames: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : ['mark'];
    constructor(callback: PaintCallback) {
      paintCallback = callback;
    }
    observe() {}
    disconnect() {
      paintCallback = null;
    }
  }
  const win = {
    document: { visibilityState: visible ? 'visible' : 'hidden' },
    PerformanceObserver: FakeObserver,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  } as unknown as Window & typeof globalThis;
  return {
    win,
    paint: (name: string) => paintCallback?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }),
    nextFrame: () => frames.splice(0).forEach((frame) => frame()),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('waits for the first contentful paint, then starts once', () => {
  const { win, paint } = fakeWindow();
  const start = vi.fn();
  afterFirstPaint(start, win);
  vi.advanceTimersByTime(50);
  paint('first-paint');
  vi.advanceTimersByTime(1);
  expect(start).not.toHaveBeenCalled();
  paint('first-contentful-paint');
  vi.advanceTimersByTime(1);
  expect(start).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(2000);
  expect(start).toHaveBeenCalledTimes(1);
});

it('without paint timing, starts two frames later', () => {
  const { win, nextFrame } = fakeWindow({ paintTiming: false });
  const start = vi.fn();
  afterFirstPaint(start, win);
  nextFrame();
  vi.advanceTimersByTime(1);
  expect(start).not.toHaveBeenCalled();
  nextFrame();
  vi.advanceTimersByTime(1);
  expect(start).toHaveBeenCalledTimes(1);
});

it('never waits more than a second (frames can be throttled)', () => {
  const { win } = fakeWindow();
  const start = vi.fn();
  afterFirstPaint(start, win);
  vi.advanceTimersByTime(999);
  expect(start).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(start).toHaveBeenCalledTimes(1);
});

it('in a hidden tab (nothing is painted) starts at once', () => {
  const { win } = fakeWindow({ visible: false });
  const start = vi.fn();
  afterFirstPaint(start, win);
  expect(start).toHaveBeenCalledTimes(1);
});
