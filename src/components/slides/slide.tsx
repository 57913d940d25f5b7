import type { ReactNode } from 'react';
import { SlideIndexContext, useSlideMode } from './slide-mode';

interface SlideProps {
  /** 1-based, set by the remark-slides plugin as a string attribute. */
  index: string | number;
  children?: ReactNode;
}

export function slideElementId(index: number): string {
  return `slide-${index}`;
}

/** One slide of a lecture: a section of the reading page, or the single visible slide of a deck. */
export function Slide({ index, children }: SlideProps) {
  const mode = useSlideMode();
  const n = Number(index);
  if (mode.kind !== 'reading' && mode.kind !== 'print' && mode.current !== n) return null;
  return (
    <SlideIndexContext.Provider value={n}>
      <section
        id={mode.kind === 'reading' ? slideElementId(n) : undefined}
        className={`slide slide--${mode.kind}`}
        data-slide={n}
        tabIndex={-1}
        aria-label={`第 ${n} 节`}
      >
        {/* In print, a box the print screen scales so that each slide fits one page. */}
        {mode.kind === 'print' ? <div className="slide__fit">{children}</div> : children}
      </section>
    </SlideIndexContext.Provider>
  );
}
