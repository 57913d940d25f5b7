import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { findLecture, type Lecture } from '../../lib/content/lectures';
import { connectDeck, useDeck } from './deck-store';

export type DeckWindow = 'present' | 'presenter';

export interface DeckRoute {
  lecture: Lecture | undefined;
  /** Set when the URL named a slide that does not exist and we moved to the nearest one. */
  correction: string | null;
}

/**
 * Keeps the URL and the synced deck state in step: the URL follows the slide (so back/forward
 * work), and a URL the user opens or goes back to moves the deck. The presenter console takes
 * charge on opening; an audience window first listens, so it joins at the current slide.
 */
export function useDeckRoute(kind: DeckWindow): DeckRoute {
  const { lectureId, slide } = useParams();
  const navigate = useNavigate();
  const lecture = findLecture(lectureId);
  const deckLecture = useDeck((s) => s.lectureId);
  const deckSlide = useDeck((s) => s.slide);
  // A correction travels with the redirect, so it is still shown on the corrected slide.
  const correction = (useLocation().state as { correction?: string } | null)?.correction ?? null;

  // The URL this window last moved to itself: when it arrives, it is not a user's navigation (a
  // quick second key press may already have moved the deck on; it must not be pulled back).
  const ownNavigation = useRef<string | null>(null);

  useEffect(() => {
    connectDeck();
  }, []);

  // URL → deck
  useEffect(() => {
    if (!lecture) return;
    const count = lecture.slides.length;
    const asked = Number(slide ?? '1');
    const valid = Number.isInteger(asked) && asked >= 1 && asked <= count;
    if (!valid) {
      const nearest = Number.isFinite(asked) ? Math.min(Math.max(1, Math.round(asked)), count) : 1;
      const message = `没有第 ${slide} 页(本讲共 ${count} 页),已显示第 ${nearest} 页。`;
      navigate(`/${kind}/${lecture.frontmatter.id}/${nearest}`, { replace: true, state: { correction: message } });
      return;
    }
    const state = useDeck.getState();
    const arrived = `${lecture.frontmatter.id}/${asked}`;
    if (ownNavigation.current === arrived) {
      ownNavigation.current = null;
      return;
    }
    if (state.lectureId === lecture.frontmatter.id && state.slide === asked) return;
    const change = {
      lectureId: lecture.frontmatter.id,
      slide: asked,
      step: 0,
      ...(state.lectureId !== lecture.frontmatter.id ? { revealedAnswers: [], blackout: false } : {}),
    };
    if (kind === 'present' && state.fresh) useDeck.setState(change);
    else state.update(change);
  }, [lecture, slide, kind, navigate]);

  // deck → URL. Only the deck's changes drive this (an effect event reads the URL without
  // depending on it); the URL's own changes are handled above, so the two never chase each other.
  const followDeck = useEffectEvent((toLecture: string, toSlide: number) => {
    if (toLecture === lectureId && String(toSlide) === slide) return;
    ownNavigation.current = `${toLecture}/${toSlide}`;
    navigate(`/${kind}/${toLecture}/${toSlide}`);
  });
  useEffect(() => {
    if (deckLecture && findLecture(deckLecture)) followDeck(deckLecture, deckSlide);
  }, [deckLecture, deckSlide]);

  return { lecture, correction };
}
