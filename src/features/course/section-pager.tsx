import type { SlideInfo } from '../../lib/mdx/describe-slides';
import { onSectionClick, sectionHref } from './section-links';
import { sectionTitle } from './toc-list';

interface Props {
  lectureId: string;
  slides: SlideInfo[];
  slide: number;
  onJump: (slide: number) => void;
}

/** At the end of a section: the previous and the next section to read. */
export function SectionPager({ lectureId, slides, slide, onJump }: Props) {
  const i = slides.findIndex((s) => s.index === slide);
  if (i < 0) return null;
  const previous = slides[i - 1];
  const next = slides[i + 1];
  return (
    <nav className="section-pager" aria-label={`第 ${slide} 节的上一节和下一节`}>
      {previous ? (
        <a
          className="section-pager__link"
          href={sectionHref(lectureId, previous.index)}
          onClick={onSectionClick(previous.index, onJump)}
        >
          <span className="section-pager__dir">上一节</span> {sectionTitle(previous)}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a
          className="section-pager__link section-pager__link--next"
          href={sectionHref(lectureId, next.index)}
          onClick={onSectionClick(next.index, onJump)}
        >
          <span className="section-pager__dir">下一节</span> {sectionTitle(next)}
        </a>
      ) : null}
    </nav>
  );
}
