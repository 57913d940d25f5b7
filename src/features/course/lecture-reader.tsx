import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { ProgressBar } from '../../components/progress-bar';
import { slideElementId } from '../../components/slides/slide';
import { useDocumentTitle } from '../../components/use-document-title';
import { scrollWindowToElement, scrollWindowToTop } from '../../lib/dom/own-window-scroll';
import type { Lecture } from '../../lib/content/lectures';
import { nearestReadable, readableSlides } from '../../lib/content/readable-slides';
import { stoppedAt } from '../../lib/progress/continue-point';
import { useAppStore } from '../../store/app-store';
import { LectureBody, type MdxComponents } from './lecture-body';
import { lectureLabel } from './lecture-card';
import { LecturePager } from './lecture-pager';
import { readShare } from '../../lib/progress/read-share';
import { ReadingBar } from './reading-bar';
import { ResumeNotice } from './resume-notice';
import { SectionPager } from './section-pager';
import { writeSectionAddress } from './section-links';
import { TableOfContents } from './table-of-contents';
import { useReadingTime } from './use-reading-time';
import { useReadingTracking } from './use-reading-tracking';

interface Props {
  lecture: Lecture;
  /** The section the address names, or null to resume where the reader stopped. */
  requested: number | null;
  components: MdxComponents;
}

interface Jump {
  slide: number;
  /** Move focus to the section (a jump the reader asked for); not for the lecture's plain start. */
  focus: boolean;
  seq: number;
}

/** Position writes wait for the scrolling to settle. */
const SETTLE_MS = 250;

export function LectureReader({ lecture, requested, components }: Props) {
  const { id, title, subtitle } = lecture.frontmatter;
  const location = useLocation();
  const slides = useMemo(() => readableSlides(lecture), [lecture]);
  const first = slides[0]?.index ?? 1;
  const lastSlide = slides.at(-1)?.index ?? 1;
  const progress = useAppStore((s) => s.lectures[id]);
  const seen = useMemo(() => new Set(progress?.seen ?? []), [progress?.seen]);
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const [ready, setReady] = useState(false);

  // Opened without a section: resume where the reader stopped (if past the start). The address
  // is read here, when the page opens, and again only when the router brings a new one.
  const [resumedAt, setResumedAt] = useState<number | null>(() => {
    if (requested !== null) return null;
    const at = stoppedAt(lecture, useAppStore.getState().lectures[id]);
    return at !== null && at > first ? nearestReadable(slides, at) : null;
  });
  const opening = (slide: number | null, seq: number): Jump =>
    slide === null ? { slide: first, focus: false, seq } : { slide: nearestReadable(slides, slide), focus: true, seq };
  const [jump, setJump] = useState<Jump>(() => opening(requested ?? resumedAt, 0));
  const [current, setCurrent] = useState(jump.slide);
  const [openedWith, setOpenedWith] = useState(location.key);
  if (openedWith !== location.key) {
    // A link followed to this lecture while it is open (the router, not the reader's scrolling,
    // changed the address): go where it names.
    setOpenedWith(location.key);
    setResumedAt(null);
    const next = opening(requested ?? current, jump.seq + 1);
    setJump(next);
    setCurrent(next.slide);
  }

  useDocumentTitle(`${lectureLabel(lecture)} ${title}`);
  useReadingTime(id);
  const onReady = useCallback(() => setReady(true), []);

  // Where the reader is goes to the store and the address once the scrolling settles.
  const pendingWrite = useRef<number | null>(null);
  const writePosition = useCallback(
    (slide: number) => {
      writeSectionAddress(id, slide);
      useAppStore.getState().setLastPosition(id, slide);
    },
    [id],
  );
  useEffect(() => () => window.clearTimeout(pendingWrite.current ?? undefined), []);

  const requestJump = useCallback((slide: number) => {
    setCurrent(slide);
    setJump((j) => ({ slide, focus: true, seq: j.seq + 1 }));
  }, []);

  // Performs a jump once its section is on the page (the body fills up to `current` first).
  const done = useRef(-1);
  useLayoutEffect(() => {
    if (!ready || done.current === jump.seq) return;
    done.current = jump.seq;
    const section = document.getElementById(slideElementId(jump.slide));
    if (!jump.focus || !section) {
      scrollWindowToTop();
      useAppStore.getState().setLastPosition(id, jump.slide);
      return;
    }
    scrollWindowToElement(section);
    section.focus({ preventScroll: true });
    if (jump.seq > 0 || requested !== null) writePosition(jump.slide);
    else useAppStore.getState().setLastPosition(id, jump.slide);
  }, [ready, jump, id, requested, writePosition]);

  const onCurrent = useCallback(
    (slide: number) => {
      setCurrent((was) => {
        if (was === slide) return was;
        window.clearTimeout(pendingWrite.current ?? undefined);
        pendingWrite.current = window.setTimeout(() => writePosition(slide), SETTLE_MS);
        return slide;
      });
    },
    [writePosition],
  );
  const onRead = useCallback((slide: number) => useAppStore.getState().markSeen(id, slide), [id]);
  useReadingTracking({ container, ready, lastSlide, seen: progress?.seen ?? [], onCurrent, onRead });

  // The resume notice goes once the reader has moved on from where they resumed.
  const showResume = resumedAt !== null && current === resumedAt;
  const sectionEnd = useCallback(
    (slide: number) => <SectionPager lectureId={id} slides={slides} slide={slide} onJump={requestJump} />,
    [id, slides, requestJump],
  );

  return (
    <article className="lecture" aria-labelledby="lecture-title">
      <header className="lecture__header">
        <p className="lecture__number">{lectureLabel(lecture)}</p>
        <h1 id="lecture-title" tabIndex={-1}>
          {title}
        </h1>
        <p className="lecture__subtitle">{subtitle}</p>
        <ProgressBar value={readShare(lecture, progress)} label="本讲阅读进度" />
      </header>
      <ReadingBar
        lectureId={id}
        lectureName={`${lectureLabel(lecture)} ${title}`}
        slides={slides}
        current={current}
        seen={seen}
        onJump={requestJump}
      />
      <div className="lecture__layout">
        <TableOfContents lectureId={id} slides={slides} current={current} seen={seen} onJump={requestJump} />
        <div className="lecture__body" ref={setContainer}>
          <LectureBody
            lecture={lecture}
            components={components}
            currentSlide={current}
            onReady={onReady}
            sectionEnd={sectionEnd}
          />
        </div>
      </div>
      <LecturePager lectureId={id} />
      {showResume ? (
        <ResumeNotice
          slide={resumedAt}
          onRestart={() => {
            setResumedAt(null);
            requestJump(first);
          }}
          onDismiss={() => setResumedAt(null)}
        />
      ) : null}
    </article>
  );
}
