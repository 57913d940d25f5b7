import { Suspense, useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadErrorBoundary } from '../../components/load-error-boundary';
import { useDeckTheme } from '../../components/slides/deck-canvas';
import { useDocumentTitle } from '../../components/use-document-title';
import { forgetLectureBody } from '../../lib/content/lecture-bodies';
import { findLecture } from '../../lib/content/lectures';
import { DeckNotFound } from './deck-not-found';
import type { MdxComponents } from './mdx-components-type';
import { PrintPages } from './print-pages';

function ReadySignal({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

/** `#/print/:lectureId` (slides) and `?notes=1` (handouts): one slide per landscape page. */
export function PrintScreen({ components }: { components: MdxComponents }) {
  const { lectureId } = useParams();
  const [params] = useSearchParams();
  const withNotes = params.get('notes') === '1';
  const lecture = findLecture(lectureId);
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  useDeckTheme();
  useDocumentTitle(lecture ? `${lecture.frontmatter.title} · ${withNotes ? '讲义（含备注）' : '幻灯片'}打印` : null);
  if (!lecture) return <DeckNotFound />;
  return (
    <main className={`print-deck${withNotes ? ' print-deck--notes' : ''}`}>
      <div className="print-deck__toolbar">
        <h1>
          {lecture.frontmatter.title}：{withNotes ? '讲义（每页一张幻灯片，附讲师备注）' : '幻灯片（每页一张）'}
        </h1>
        <p>
          共 {lecture.slides.length} 页，A4 横向。
          <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!ready}>
            打印
          </button>{' '}
          <Link
            className="button"
            to={withNotes ? `/print/${lecture.frontmatter.id}` : `/print/${lecture.frontmatter.id}?notes=1`}
          >
            {withNotes ? '改为只打印幻灯片' : '改为打印讲义（含备注）'}
          </Link>{' '}
          <Link className="button" to={`/presenter/${lecture.frontmatter.id}/1`}>
            回到讲师控制台
          </Link>
        </p>
      </div>
      <LoadErrorBoundary what="讲义内容" onRetry={() => forgetLectureBody(lecture)}>
        <Suspense fallback={<p className="loading">正在准备打印……</p>}>
          <PrintPages lecture={lecture} components={components} withNotes={withNotes} />
          <ReadySignal onReady={onReady} />
        </Suspense>
      </LoadErrorBoundary>
    </main>
  );
}
