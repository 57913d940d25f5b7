import { useState } from 'react';
import { Link } from 'react-router';
import type { Lecture } from '../../lib/content/lectures';
import { tocStartsOpen } from './toc-layout';

interface Props {
  lecture: Lecture;
  current: number;
  seen: number[];
}

export function TableOfContents({ lecture, current, seen }: Props) {
  const id = lecture.frontmatter.id;
  const [open] = useState(tocStartsOpen);
  // Classroom-only slides (icebreakers, the instructor's introduction) are not part of the reading.
  const sections = lecture.slides.filter((slide) => !slide.classroomOnly);
  return (
    <nav className="toc" aria-label="本讲目录">
      <details open={open}>
        <summary className="toc__title">
          本讲目录（共 {lecture.slides.length} 节，已读 {seen.filter((n) => n <= lecture.slides.length).length} 节）
        </summary>
        <ol className="toc__list">
          {sections.map((slide) => {
            const isSeen = seen.includes(slide.index);
            return (
              <li key={slide.index} className={isSeen ? 'toc__item toc__item--seen' : 'toc__item'}>
                <Link
                  to={`/lectures/${id}/${slide.index}`}
                  aria-current={slide.index === current ? 'location' : undefined}
                >
                  <span className="toc__num">{slide.index}</span>
                  <span className="toc__text">{slide.title || `第 ${slide.index} 节`}</span>
                  {isSeen ? <span className="toc__seen">已读</span> : null}
                </Link>
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
