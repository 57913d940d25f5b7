import { memo, Suspense, useEffect, type ComponentType } from 'react';
import { LoadErrorBoundary } from '../../components/load-error-boundary';
import { readingMode, SlideModeContext } from '../../components/slides/slide-mode';
import type { Lecture } from '../../lib/content/lectures';
import { forgetLectureBody, lectureBodies } from '../../lib/content/lecture-bodies';

export type MdxComponents = Record<string, ComponentType<never>>;

function ReadySignal({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

interface Props {
  lecture: Lecture;
  components: MdxComponents;
  onReady: () => void;
}

/** The lecture's MDX in reading mode. Memoised: scrolling re-renders the page, never the body. */
export const LectureBody = memo(function LectureBody({ lecture, components, onReady }: Props) {
  const Body = lectureBodies[lecture.file];
  return (
    <LoadErrorBoundary what="讲义内容" onRetry={() => forgetLectureBody(lecture)}>
      <Suspense
        fallback={
          <p className="loading" role="status">
            正在加载讲义……
          </p>
        }
      >
        <SlideModeContext.Provider value={readingMode}>
          <Body components={components} />
        </SlideModeContext.Provider>
        <ReadySignal onReady={onReady} />
      </Suspense>
    </LoadErrorBoundary>
  );
});
