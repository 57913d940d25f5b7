// How the lecture's slides render: as one reading page, or one at a time for the projector.
import { createContext, type ReactNode, useContext } from 'react';

export interface SlideMode {
  kind: 'reading' | 'deck' | 'presenter' | 'print';
  /** In deck/presenter mode: the slide to show (1-based). */
  current?: number;
  /** Step reveals shown so far on the current slide (deck mode). */
  revealed?: number;
  /** Whether speaker notes are shown. */
  showNotes: boolean;
  /** Deck mode: question ids whose answers the instructor has shown to the class. */
  revealedAnswers?: string[];
  /** Deck mode: reveal a question's answer (synced to every window). */
  onRevealAnswer?: (questionId: string) => void;
  /** Reading mode: what closes each section (the reading view's previous/next section links). */
  sectionEnd?: (slide: number) => ReactNode;
}

export const readingMode: SlideMode = { kind: 'reading', showNotes: false };

export const SlideModeContext = createContext<SlideMode>(readingMode);

export function useSlideMode(): SlideMode {
  return useContext(SlideModeContext);
}

/** The slide index a component sits in (set by <Slide>). */
export const SlideIndexContext = createContext<number>(0);

/**
 * Reading mode: slides after this one render as empty placeholders for now. A lecture page fills
 * in a few slides at a time so the first ones appear without waiting for all of them.
 */
export const SlideRenderLimitContext = createContext<number>(Number.POSITIVE_INFINITY);
