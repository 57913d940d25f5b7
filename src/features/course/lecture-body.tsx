import { startTransition, Suspense, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { LoadErrorBoundary } from '../../components/load-error-boundary';
import { readingMode, SlideModeContext, SlideRenderLimitContext } from '../../components/slides/slide-mode';
import type { Lecture } from '../../lib/content/lectures';
import { forgetLectureBody, lectureBodies } from '../../lib/content/lecture-bodies';

export type MdxComponents = Record<string, ComponentType<never>>;

function ReadySignal({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

// The first slides render with the page; the rest follow a few at a time, each batch in a
// transition after the previous one is on screen. Rendering a whole lecture at once kept a phone
// busy for over a second before the first slide appeared.
const BATCH_SLIDES = 4;

interface ProgressiveProps {
  /** The slide the reader is at: it, the ones before it and the two after it render at once. */
  target: number;
  total: number;
  children: ReactNode;
}

/** Inside the Suspense boundary: starts counting only once the body has loaded. */
function ProgressiveSlides({ target, total, children }: ProgressiveProps) {
  const [filled, setFilled] = useState(() => Math.max(3, target + 2));
  useEffect(() => {
    if (filled >= total) return;
    const next = setTimeout(() => startTransition(() => setFilled((n) => n + BATCH_SLIDES)), 0);
    return () => clearTimeout(next);
  }, [filled, total]);
  // A jump (contents, link) fills everything up to its target first, so nothing above it grows
  // after the page has scrolled there.
  const limit = Math.max(filled, target + 2);
  return <SlideRenderLimitContext.Provider value={limit}>{children}</SlideRenderLimitContext.Provider>;
}

interface Props {
  lecture: Lecture;
  components: MdxComponents;
  /** The slide the reader is at (see ProgressiveSlides). */
  currentSlide: number;
  onReady: () => void;
  /** What closes each section (previous/next section links); keep it stable, it re-renders every section. */
  sectionEnd?: (slide: number) => ReactNode;
}

/** The lecture's MDX in reading mode. Scrolling re-renders this, never the body (it is memoised). */
export function LectureBody({ lecture, components, currentSlide, onReady, sectionEnd }: Props) {
  const Body = lectureBodies[lecture.file];
  const body = useMemo(() => <Body components={components} />, [Body, components]);
  const mode = useMemo(() => ({ ...readingMode, sectionEnd }), [sectionEnd]);
  return (
    <LoadErrorBoundary what="讲义内容" onRetry={() => forgetLectureBody(lecture)}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            正在加载讲义……
          </p>
        }
      >
        <SlideModeContext.Provider value={mode}>
          <ProgressiveSlides target={currentSlide} total={lecture.slides.length}>
            {body}
          </ProgressiveSlides>
        </SlideModeContext.Provider>
        <ReadySignal onReady={onReady} />
      </Suspense>
    </LoadErrorBoundary>
  );
}
