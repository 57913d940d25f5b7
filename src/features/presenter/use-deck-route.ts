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

  // The URLs this window has moved to itself, oldest first: when one arrives it is not a user's
  // navigation. Quick key presses can queue several before the router renders the first (or it
  // renders only the last); none of them may pull the deck back.
  const ownNavigations = useRef<string[]>([]);

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
      const message = `没有第 ${slide} 页（本讲共 ${count} 页），已显示第 ${nearest} 页。`;
      navigate(`/${kind}/${lecture.frontmatter.id}/${nearest}`, { replace: true, state: { correction: message } });
      return;
    }
    const state = useDeck.getState();
    const arrived = `${lecture.frontmatter.id}/${asked}`;
    const own = ownNavigations.current.indexOf(arrived);
    if (own >= 0) {
      ownNavigations.current.splice(0, own + 1);
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
    const target = `/${kind}/${toLecture}/${toSlide}`;
    // Compared with the address bar, not the route's params: a navigation this window has just made
    // may not have rendered yet, and the deck may already be back where the params still point.
    if (window.location.hash.replace(/^#/, '') === target) return;
    ownNavigations.current.push(`${toLecture}/${toSlide}`);
    navigate(target);
  });
  useEffect(() => {
    if (deckLecture && findLecture(deckLecture)) followDeck(deckLecture, deckSlide);
  }, [deckLecture, deckSlide]);

  return { lecture, correction };
}
