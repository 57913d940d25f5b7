import { Suspense, useRef } from 'react';
import { LoadErrorBoundary } from '../../components/load-error-boundary';
import { DeckCanvas, useDeckTheme } from '../../components/slides/deck-canvas';
import { type SlideMode, SlideModeContext } from '../../components/slides/slide-mode';
import { forgetLectureBody, lectureBodies } from '../../lib/content/lecture-bodies';
import type { Lecture } from '../../lib/content/lectures';
import type { MdxComponents } from './mdx-components-type';
import { canvasTransform } from './canvas-fit';
import { useCanvasScale } from './projector-canvas';

interface Props {
  lecture: Lecture;
  components: MdxComponents;
  mode: SlideMode;
  /** Marks the stage for step-reveal counting and focus ('current' or 'next'). */
  role: 'current' | 'next';
  label: string;
}

/** One slide on a 1920×1080 canvas, scaled uniformly to fit its box (letterboxed, never cropped). */
export function SlideStage({ lecture, components, mode, role, label }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const scale = useCanvasScale(boxRef);
  const Body = lectureBodies[lecture.file];
  useDeckTheme();
  return (
    <div
      className="stage"
      ref={boxRef}
      data-stage={role}
      data-step={mode.revealed ?? 0}
      role="region"
      aria-label={label}
    >
      <DeckCanvas
        className="stage__canvas"
        style={{ transform: canvasTransform(scale) }}
        lectureTitle={lecture.frontmatter.title}
        slide={mode.current ?? 1}
        count={lecture.slides.length}
      >
        <LoadErrorBoundary what="幻灯片" onRetry={() => forgetLectureBody(lecture)}>
          <Suspense fallback={<p className="loading">正在加载……</p>}>
            <SlideModeContext.Provider value={mode}>
              <Body components={components} />
            </SlideModeContext.Provider>
          </Suspense>
        </LoadErrorBoundary>
      </DeckCanvas>
    </div>
  );
}
