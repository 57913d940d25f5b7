import { useMemo } from 'react';
import { slideStepCounts } from '../../lib/content/lecture-bodies';
import type { Lecture } from '../../lib/content/lectures';
import { dismissTimeUp, useDeck } from './deck-store';

export interface DeckActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  goTo: (slide: number) => void;
  toggleBlackout: () => void;
  revealAnswer: (questionId: string) => void;
}

/** Moves through the deck; every change goes through the synced store. */
export function useDeckActions(lecture: Lecture): DeckActions {
  const count = lecture.slides.length;
  return useMemo(() => {
    const state = () => useDeck.getState();
    // Counted from the build's data for the slide (its reveals and case questions).
    const stepsOf = (slide: number) => slideStepCounts(lecture)[slide - 1] ?? 0;
    const goTo = (slide: number) => {
      const target = Math.min(Math.max(1, Math.round(slide)), count);
      dismissTimeUp();
      state().update({ slide: target, step: 0 });
    };
    return {
      next: () => {
        dismissTimeUp();
        const { slide, step, update } = state();
        const steps = stepsOf(slide);
        const shown = Math.min(step, steps);
        if (shown < steps) update({ step: shown + 1 });
        else if (slide < count) update({ slide: slide + 1, step: 0 });
      },
      previous: () => {
        dismissTimeUp();
        const { slide, step, update } = state();
        const shown = Math.min(step, stepsOf(slide));
        if (shown > 0) update({ step: shown - 1 });
        else if (slide > 1) update({ slide: slide - 1, step: stepsOf(slide - 1) }); // fully revealed
      },
      first: () => goTo(1),
      last: () => goTo(count),
      goTo,
      toggleBlackout: () => state().update({ blackout: !state().blackout }),
      revealAnswer: (questionId) => {
        const { revealedAnswers, update } = state();
        if (!revealedAnswers.includes(questionId)) update({ revealedAnswers: [...revealedAnswers, questionId] });
      },
    };
  }, [count, lecture]);
}
