import { Suspense, useEffect, useRef, useState } from 'react';
import { LoadErrorBoundary } from '../../components/load-error-boundary';
import { type SlideMode, SlideModeContext } from '../../components/slides/slide-mode';
import { forgetLectureBody, lectureBodies } from '../../lib/content/lecture-bodies';
import type { Lecture } from '../../lib/content/lectures';
import type { MdxComponents } from './mdx-components-type';

export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;

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
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const fit = () => setScale(Math.min(box.clientWidth / CANVAS_WIDTH, box.clientHeight / CANVAS_HEIGHT));
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  const Body = lectureBodies[lecture.file];
  return (
    <div className="stage" ref={boxRef} data-stage={role} role="region" aria-label={label}>
      <div className="stage__canvas" style={{ transform: `translate(-50%, -50%) scale(${scale || 0.0001})` }}>
        <LoadErrorBoundary what="幻灯片" onRetry={() => forgetLectureBody(lecture)}>
          <Suspense fallback={<p className="loading">正在加载……</p>}>
            <SlideModeContext.Provider value={mode}>
              <Body components={components} />
            </SlideModeContext.Provider>
          </Suspense>
        </LoadErrorBoundary>
      </div>
    </div>
  );
}

/** The number of step reveals on the slide shown in a stage (read from the page). */
export function stepsOnStage(role: 'current' | 'next' = 'current'): number {
  const reveals = document.querySelectorAll<HTMLElement>(`[data-stage="${role}"] .reveal`);
  return Math.max(0, ...[...reveals].map((el) => Number(el.dataset.step) || 1));
}
