import { type ReactNode, useContext } from 'react';
import { SlideIndexContext, SlideRenderLimitContext, useSlideMode } from './slide-mode';

interface SlideProps {
  /** 1-based, set by the remark-slides plugin as a string attribute. */
  index: string | number;
  /** Set by remark-slides when the slide is all <Classroom>: the reading view leaves it out. */
  classroomOnly?: boolean;
  children?: ReactNode;
}

export function slideElementId(index: number): string {
  return `slide-${index}`;
}

/** One slide of a lecture: a section of the reading page, or the single visible slide of a deck. */
export function Slide({ index, classroomOnly, children }: SlideProps) {
  const mode = useSlideMode();
  const limit = useContext(SlideRenderLimitContext);
  const n = Number(index);
  if (mode.kind !== 'reading' && mode.current !== n) return null;
  if (mode.kind === 'reading' && classroomOnly) return null;
  // Reading mode: a slide past the limit keeps its place (and its id, for links) as an empty
  // section until its content is rendered, a moment later. It stays the same element when filled,
  // so the scroll tracking that observes it keeps seeing it.
  const pending = mode.kind === 'reading' && n > limit;
  return (
    <SlideIndexContext.Provider value={n}>
      <section
        id={mode.kind === 'reading' ? slideElementId(n) : undefined}
        className={`slide slide--${mode.kind}${pending ? ' slide--pending' : ''}`}
        data-slide={n}
        tabIndex={-1}
        aria-label={`第 ${n} 节`}
        aria-busy={pending ? true : undefined}
      >
        {pending ? null : children}
      </section>
    </SlideIndexContext.Provider>
  );
}
