// One writer for the slide position in each deck window (reveal.js's model): keys and remote
// windows change the deck store; the store writes the address with history.replaceState, which
// fires no event, so nothing reads it back. The address is read only when the deck opens and on
// hashchange/popstate (the user typed an address or went back). The address never moves the deck on its own echo.
import { useEffect, useEffectEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { findLecture, type Lecture } from '../../lib/content/lectures';
import { connectDeck, useDeck } from './deck-store';

export type DeckWindow = 'present' | 'presenter';

export interface DeckRoute {
  lecture: Lecture | undefined;
  /** Set when the address named a slide that does not exist and we moved to the nearest one. */
  correction: string | null;
}

/** The slide an address asks for, or null when it is not this deck's address. */
export function slideInAddress(hash: string, kind: DeckWindow, lectureId: string): string | null {
  const match = /^#\/(present|presenter)\/([a-z]+)(?:\/([^/?#]*))?/.exec(hash);
  if (!match || match[1] !== kind || match[2] !== lectureId) return null;
  return match[3] ?? '1';
}

function addressOf(kind: DeckWindow, lectureId: string, slide: number): string {
  return `#/${kind}/${lectureId}/${slide}`;
}

export function useDeckRoute(kind: DeckWindow): DeckRoute {
  const { lectureId } = useParams();
  const lecture = findLecture(lectureId);
  const navigate = useNavigate();
  const [correction, setCorrection] = useState<string | null>(null);

  useEffect(() => {
    connectDeck();
  }, []);

  // Address → deck: on opening the lecture, and when the user changes the address.
  useEffect(() => {
    if (!lecture) return;
    const id = lecture.frontmatter.id;
    const count = lecture.slides.length;
    const apply = () => {
      const asked = slideInAddress(window.location.hash, kind, id);
      if (asked === null) return;
      const n = Number(asked);
      const valid = Number.isInteger(n) && n >= 1 && n <= count;
      const slide = valid ? n : Number.isFinite(n) ? Math.min(Math.max(1, Math.round(n)), count) : 1;
      setCorrection(valid ? null : `没有第 ${asked} 页（本讲共 ${count} 页），已显示第 ${slide} 页。`);
      const state = useDeck.getState();
      if (!valid) history.replaceState(history.state, '', addressOf(kind, id, slide));
      if (state.lectureId === id && state.slide === slide) return;
      const change = {
        lectureId: id,
        slide,
        step: 0,
        ...(state.lectureId !== id ? { revealedAnswers: [], blackout: false } : {}),
      };
      // A new projector window only takes the address until the console tells it where the class is.
      if (kind === 'present' && state.fresh) useDeck.setState(change);
      else state.update(change);
    };
    apply();
    // Both: a typed address fires hashchange; going back to an entry may fire only popstate.
    window.addEventListener('hashchange', apply);
    window.addEventListener('popstate', apply);
    return () => {
      window.removeEventListener('hashchange', apply);
      window.removeEventListener('popstate', apply);
    };
  }, [lecture, kind]);

  // Deck → address: written, never read back. An effect event: the router hands out a new navigate
  // on every address change, and the writer must not restart then (its first write would put the
  // old slide over the address just typed).
  const write = useEffectEvent((lectureNow: string, slide: number) => {
    if (!findLecture(lectureNow)) return;
    const target = addressOf(kind, lectureNow, slide);
    // Another lecture is another screen: only that change goes through the router.
    if (lectureNow !== lectureId) navigate(target.slice(1), { replace: true });
    else if (window.location.hash !== target) history.replaceState(history.state, '', target);
  });
  useEffect(() => {
    const { lectureId: now, slide } = useDeck.getState();
    if (now) write(now, slide);
    return useDeck.subscribe((state, previous) => {
      if (state.slide !== previous.slide || state.lectureId !== previous.lectureId) {
        write(state.lectureId, state.slide);
        if (state.slide !== previous.slide) setCorrection(null);
      }
    });
  }, []);

  return { lecture, correction };
}
