import { type CSSProperties, type ReactNode, useEffect } from 'react';
import { course } from '../../../content/course';

/**
 * Sets the theme's CSS variables (content/course.ts) on the document. Through the CSSOM, which the
 * Content-Security-Policy allows, rather than a style attribute in markup, which it blocks.
 */
export function useDeckTheme(): void {
  useEffect(() => {
    const root = document.documentElement.style;
    for (const [name, value] of Object.entries(course.theme)) root.setProperty(name, value);
  }, []);
}

interface DeckCanvasProps {
  lectureTitle: string;
  /** 1-based number of the slide shown, and how many the lecture has. */
  slide: number;
  count: number;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
}

/** The 1920×1080 slide canvas of the projector theme, with the lecture's name and the slide number. */
export function DeckCanvas({ lectureTitle, slide, count, className, style, children }: DeckCanvasProps) {
  return (
    <div className={className ? `deck-canvas ${className}` : 'deck-canvas'} style={style}>
      {children}
      <footer className="deck-footer">
        {course.theme['--deck-logo'] !== 'none' ? <span className="deck-footer__logo" aria-hidden="true" /> : null}
        <span className="deck-footer__lecture">{lectureTitle}</span>
        <span className="deck-footer__number">
          {slide} / {count}
        </span>
      </footer>
    </div>
  );
}
