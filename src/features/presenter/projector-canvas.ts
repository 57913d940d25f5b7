import { type RefObject, useEffect, useState } from 'react';

// Slides and classroom tools are laid out once, on a projector-sized canvas, and scaled to fit.
export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;

/** The uniform scale at which the canvas fits inside the box (letterboxed, never cropped). */
export function useCanvasScale(box: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => setScale(Math.min(element.clientWidth / CANVAS_WIDTH, element.clientHeight / CANVAS_HEIGHT));
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return scale;
}
