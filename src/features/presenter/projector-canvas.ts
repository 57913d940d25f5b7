import { type RefObject, useEffect, useState } from 'react';
import { canvasScale } from './canvas-fit';

/** The scale at which the projector canvas fits inside the box, kept up to date as the box resizes. */
export function useCanvasScale(box: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => setScale(canvasScale(element));
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return scale;
}
