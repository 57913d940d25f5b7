import { Suspense, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Lecture } from '../../lib/content/lectures';
import { ClassroomOverlay } from './classroom/classroom-overlay';
import { useDeck } from './deck-store';
import type { MdxComponents } from './mdx-components-type';
import { DeckOverview } from './overview-grid';
import { PrintPages } from './print-pages';
import { SlideStage } from './slide-stage';
import { toggleFullscreen } from './use-deck-keys';
import { useDeckRoute } from './use-deck-route';
import { useDeckView } from './use-deck-view';
import { DeckNotFound } from './deck-not-found';
import { useFocusSlideHeading } from './use-focus-slide-heading';
import { useSwipe } from './use-swipe';

/**
 * Ctrl+P on the projector prints the whole deck, as the print screen does: the pages are rendered
 * only for printing (synchronously in beforeprint, before the browser lays the document out).
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

function Audience({
  lecture,
  components,
  correction,
}: {
  lecture: Lecture;
  components: MdxComponents;
  correction: string | null;
}) {
  const { slide, blackout, count, actions, overview, setOverview, typed, mode } = useDeckView(lecture);
  const swipe = useSwipe(actions);
  useDocumentTitle(`${lecture.frontmatter.title} · 第 ${slide}/${count} 页 · 课堂投影`);
  useFocusSlideHeading(slide, !overview);
  const printing = usePrinting();

  return (
    <main className="deck" {...swipe}>
      <h1 className="visually-hidden">{lecture.frontmatter.title}（课堂投影）</h1>
      <SlideStage lecture={lecture} components={components} mode={mode} role="current" label={`幻灯片第 ${slide} 页`} />
      <ClassroomOverlay />
      <nav className="deck__controls" aria-label="幻灯片控制">
        <button type="button" className="deck__control" onClick={actions.previous} aria-label="上一页">
          ‹
        </button>
        <span className="deck__count">
          {slide} / {count}
        </span>
        <button type="button" className="deck__control" onClick={actions.next} aria-label="下一页">
          ›
        </button>
        <button
          type="button"
          className="deck__control"
          onClick={() => setOverview(true)}
          aria-label="总览：全部幻灯片（O）"
        >
          总览
        </button>
        <button type="button" className="deck__control" onClick={toggleFullscreen} aria-label="全屏（F）">
          全屏
        </button>
      </nav>
      {typed ? (
        <p className="deck__typed" aria-live="assertive">
          跳到第 {typed} 页（按回车）
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {blackout ? '黑屏' : `第 ${slide} / ${count} 页`}
      </p>
      {correction ? (
        <p className="deck__notice" role="status">
          {correction}
        </p>
      ) : null}
      {blackout ? (
        <button
          type="button"
          className="deck__blackout"
          aria-label="黑屏中，按任意键或点击返回"
          onClick={() => useDeck.getState().update({ blackout: false })}
        />
      ) : null}
      <DeckOverview lecture={lecture} current={slide} open={overview} setOpen={setOverview} actions={actions} />
      {printing ? (
        <div className="deck__print print-deck">
          <Suspense fallback={null}>
            <PrintPages lecture={lecture} components={components} withNotes={false} />
          </Suspense>
        </div>
      ) : null}
    </main>
  );
}

/** `#/present/:lectureId/:slide`: the audience view for the projector. */
export function AudienceScreen({ components }: { components: MdxComponents }) {
  const { lecture, correction } = useDeckRoute('present');
  if (!lecture) return <DeckNotFound />;
  return <Audience lecture={lecture} components={components} correction={correction} />;
}
