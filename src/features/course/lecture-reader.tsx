import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ProgressBar } from '../../components/progress-bar';
import { slideElementId } from '../../components/slides/slide';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Lecture } from '../../lib/content/lectures';
import { useAppStore } from '../../store/app-store';
import { LectureBody, type MdxComponents } from './lecture-body';
import { lectureLabel } from './lecture-card';
import { LecturePager } from './lecture-pager';
import { readShare } from './progress-selectors';
import { TableOfContents } from './table-of-contents';
import { useReadingTime } from './use-reading-time';
import { useSlideTracking } from './use-slide-tracking';

interface Props {
  lecture: Lecture;
  /** The slide named in the URL, or null to resume where the reader stopped. */
  requested: number | null;
  components: MdxComponents;
}

export function LectureReader({ lecture, requested, components }: Props) {
  const { id, title, subtitle } = lecture.frontmatter;
  const location = useLocation();
  const navigate = useNavigate();
  const progress = useAppStore((s) => s.lectures[id]);
  const markSeen = useAppStore((s) => s.markSeen);
  const setLastPosition = useAppStore((s) => s.setLastPosition);
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const [ready, setReady] = useState(false);
  // Opened without a slide number: resume where the reader stopped (if past the first slide).
  const [resumedAt, setResumedAt] = useState<number | null>(() => {
    const last = useAppStore.getState().lectures[id]?.last ?? 1;
    return requested === null && last > 1 && last <= lecture.slides.length ? last : null;
  });
  const fromScroll = (location.state as { fromScroll?: boolean } | null)?.fromScroll === true;

  // The URL follows the reader's scrolling, so the current slide is the one it names.
  const current = requested ?? resumedAt ?? 1;
  useDocumentTitle(`${lectureLabel(lecture)} ${title}`);
  useReadingTime(id);
  const onReady = useCallback(() => setReady(true), []);

  const visit = useCallback(
    (slide: number) => {
      markSeen(id, slide);
      setLastPosition(id, slide);
    },
    [id, markSeen, setLastPosition],
  );

  // Jump to the slide in the URL (or resume at the last position) once the body is on the page.
  useEffect(() => {
    if (!ready || fromScroll) return;
    const target = requested ?? resumedAt;
    if (target === null) {
      window.scrollTo(0, 0);
      visit(1);
      return;
    }
    const section = document.getElementById(slideElementId(target));
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
    visit(target);
    // location.key: a repeated click on the same TOC entry jumps again.
  }, [ready, requested, resumedAt, fromScroll, visit, location.key]);

  const onScrolledTo = useCallback(
    (slide: number) => {
      visit(slide);
      // Only a move away from the slide the page opened at rewrites the address: a lecture opened
      // at its start (or resumed) keeps its plain address until the reader scrolls.
      if (slide !== current) navigate(`/lectures/${id}/${slide}`, { replace: true, state: { fromScroll: true } });
    },
    [visit, navigate, id, current],
  );
  useSlideTracking(container, ready, lecture.slides.length, onScrolledTo);

  return (
    <article className="lecture" aria-labelledby="lecture-title">
      <header className="lecture__header">
        <p className="lecture__number">{lectureLabel(lecture)}</p>
        <h1 id="lecture-title">{title}</h1>
        <p className="lecture__subtitle">{subtitle}</p>
        <ProgressBar value={readShare(lecture, progress)} label="本讲阅读进度" />
        {resumedAt ? (
          <p className="lecture__resumed" role="status">
            已回到您上次阅读的位置：第 {resumedAt} 节。
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setResumedAt(null);
                navigate(`/lectures/${id}/1`);
              }}
            >
              从头开始
            </button>
          </p>
        ) : null}
      </header>
      <div className="lecture__layout">
        <TableOfContents lecture={lecture} current={current} seen={progress?.seen ?? []} />
        <div className="lecture__body" ref={setContainer}>
          <LectureBody lecture={lecture} components={components} currentSlide={current} onReady={onReady} />
        </div>
      </div>
      <LecturePager lectureId={id} />
    </article>
  );
}
