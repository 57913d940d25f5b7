import type { Ref } from 'react';
import type { SlideInfo } from '../../lib/mdx/describe-slides';
import { onSectionClick, sectionHref } from './section-links';

interface Props {
  lectureId: string;
  slides: SlideInfo[];
  current: number;
  seen: ReadonlySet<number>;
  onJump: (slide: number) => void;
  currentRef?: Ref<HTMLAnchorElement>;
}

export function sectionTitle(slide: SlideInfo): string {
  return slide.title || `第 ${slide.index} 节`;
}

/** The lecture's sections, the current one marked; used beside the text and in the contents sheet. */
export function TocList({ lectureId, slides, current, seen, onJump, currentRef }: Props) {
  return (
    <ol className="toc__list">
      {slides.map((slide) => {
        const isSeen = seen.has(slide.index);
        const isCurrent = slide.index === current;
        return (
          <li key={slide.index} className={isSeen ? 'toc__item toc__item--seen' : 'toc__item'}>
            <a
              href={sectionHref(lectureId, slide.index)}
              onClick={onSectionClick(slide.index, onJump)}
              aria-current={isCurrent ? 'location' : undefined}
              ref={isCurrent ? currentRef : undefined}
            >
              <span className="toc__num">{slide.index}</span>
              <span className="toc__text">{sectionTitle(slide)}</span>
              {isSeen ? <span className="toc__seen">已读</span> : null}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
