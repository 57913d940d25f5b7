import { Link } from 'react-router';
import type { Lecture } from '../../lib/content/lectures';

interface Props {
  lecture: Lecture;
  current: number;
  seen: number[];
}

export function TableOfContents({ lecture, current, seen }: Props) {
  const id = lecture.frontmatter.id;
  return (
    <nav className="toc" aria-label="本讲目录">
      <h2 className="toc__title">本讲目录</h2>
      <ol className="toc__list">
        {lecture.slides.map((slide) => {
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
    </nav>
  );
}
