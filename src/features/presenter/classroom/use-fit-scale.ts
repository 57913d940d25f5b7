import { type RefObject, useEffect, useState } from 'react';

/** The uniform scale at which a width×height canvas fits inside the box (letterboxed). */
export function useFitScale(box: RefObject<HTMLElement | null>, width: number, height: number): number {
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const fit = () => setScale(Math.min(element.clientWidth / width, element.clientHeight / height));
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, width, height]);
  return scale;
}
