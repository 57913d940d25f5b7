import { useRef } from 'react';
import type { SlideInfo } from '../../lib/mdx/describe-slides';
import { BackToTop } from './back-to-top';
import { TocList, sectionTitle } from './toc-list';

interface Props {
  lectureId: string;
  lectureName: string;
  slides: SlideInfo[];
  current: number;
  seen: ReadonlySet<number>;
  onJump: (slide: number) => void;
}

/**
 * Sticks to the top of the window while reading: the lecture and the section being read, how much
 * is read, and the contents as a sheet (on a phone the contents panel is far above).
 */
export function ReadingBar({ lectureId, lectureName, slides, current, seen, onJump }: Props) {
  const sheet = useRef<HTMLDialogElement>(null);
  const read = slides.filter((s) => seen.has(s.index)).length;
  const here = slides.find((s) => s.index === current);
  const close = () => sheet.current?.close();
  return (
    <div className="reading-bar">
      <div className="reading-bar__row">
        <p className="reading-bar__where">
          <span className="reading-bar__lecture">{lectureName}</span>
          <span className="reading-bar__section">
            {current}. {here ? sectionTitle(here) : ''}
          </span>
        </p>
        <span className="reading-bar__read" aria-label={`已读 ${read} 节，共 ${slides.length} 节`}>
          {read}/{slides.length}
        </span>
        <button
          type="button"
          className="button button--small reading-bar__contents"
          aria-haspopup="dialog"
          onClick={() => sheet.current?.showModal()}
        >
          目录
        </button>
        <BackToTop target="lecture-title" />
      </div>
      <progress className="reading-bar__progress" max={slides.length} value={read} aria-hidden="true" />
      <dialog ref={sheet} className="contents-sheet" aria-labelledby="contents-sheet-title">
        <div className="contents-sheet__head">
          <h2 id="contents-sheet-title">本讲目录</h2>
          <button type="button" className="button button--small" onClick={close}>
            关闭
          </button>
        </div>
        <TocList
          lectureId={lectureId}
          slides={slides}
          current={current}
          seen={seen}
          onJump={(slide) => {
            close();
            onJump(slide);
          }}
        />
      </dialog>
    </div>
  );
}
