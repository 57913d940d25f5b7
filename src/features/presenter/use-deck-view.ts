import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SlideMode } from '../../components/slides/slide-mode';
import type { Lecture } from '../../lib/content/lectures';
import { useDeck } from './deck-store';
import { useDeckActions } from './use-deck-actions';
import { useDeckKeys } from './use-deck-keys';

/** What both deck screens share: the synced position, the keys, the overview, the slide mode. */
export function useDeckView(lecture: Lecture) {
  const { slide, step, blackout, revealedAnswers } = useDeck(
    useShallow((s) => ({ slide: s.slide, step: s.step, blackout: s.blackout, revealedAnswers: s.revealedAnswers })),
  );
  const actions = useDeckActions(lecture);
  const [overview, setOverview] = useState(false);
  const typed = useDeckKeys(actions, { overviewOpen: overview, setOverviewOpen: setOverview });
  const mode: SlideMode = useMemo(
    () => ({
      kind: 'deck',
      current: slide,
      revealed: step,
      showNotes: false,
      revealedAnswers,
      onRevealAnswer: actions.revealAnswer,
    }),
    [slide, step, revealedAnswers, actions],
  );
  return { slide, blackout, count: lecture.slides.length, actions, overview, setOverview, typed, mode };
}
