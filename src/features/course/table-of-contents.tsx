import { useEffect, useRef, useState } from 'react';
import type { SlideInfo } from '../../lib/mdx/describe-slides';
import { tocStartsOpen } from './toc-layout';
import { TocList } from './toc-list';

interface Props {
  lectureId: string;
  slides: SlideInfo[];
  current: number;
  seen: ReadonlySet<number>;
  onJump: (slide: number) => void;
}

/** Keeps the current entry in view inside the contents panel, scrolling only the panel itself
 * (scrollIntoView would scroll the page, and an LMS page around the course, too). */
function keepInView(panel: HTMLElement | null, item: HTMLElement | null) {
  if (!panel || !item || panel.scrollHeight <= panel.clientHeight) return;
  const top = item.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  const bottom = top + item.offsetHeight;
  if (top < panel.scrollTop || bottom > panel.scrollTop + panel.clientHeight)
    panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
}

/** The contents beside the text on a wide screen (folded above it on a phone, where the reading
 * bar's contents sheet is the way around). */
export function TableOfContents({ lectureId, slides, current, seen, onJump }: Props) {
  const [open] = useState(tocStartsOpen);
  const panel = useRef<HTMLElement>(null);
  const currentItem = useRef<HTMLAnchorElement>(null);
  useEffect(() => keepInView(panel.current, currentItem.current), [current]);
  const read = slides.filter((s) => seen.has(s.index)).length;
  return (
    <nav className="toc" aria-label="本讲目录" ref={panel}>
      <details open={open}>
        <summary className="toc__title">
          本讲目录（共 {slides.length} 节，已读 {read} 节）
        </summary>
        <TocList
          lectureId={lectureId}
          slides={slides}
          current={current}
          seen={seen}
          onJump={onJump}
          currentRef={currentItem}
        />
      </details>
    </nav>
  );
}
