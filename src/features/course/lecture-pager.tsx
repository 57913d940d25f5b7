import { Link } from 'react-router';
import { neighbours } from '../../lib/content/lectures';
import type { LectureId } from '../../lib/quiz/types';
import { lectureLabel } from './lecture-card';

/** Links to the previous and next lecture. */
export function LecturePager({ lectureId }: { lectureId: LectureId }) {
  const { previous, next } = neighbours(lectureId);
  return (
    <nav className="pager" aria-label="上一讲和下一讲">
      {previous ? (
        <Link className="pager__link" to={`/lectures/${previous.frontmatter.id}`} rel="prev">
          <span className="pager__dir">上一讲</span>
          {lectureLabel(previous)} {previous.frontmatter.title}
        </Link>
      ) : (
        <Link className="pager__link" to="/">
          <span className="pager__dir">返回</span>课程首页
        </Link>
      )}
      {next ? (
        <Link className="pager__link pager__link--next" to={`/lectures/${next.frontmatter.id}`} rel="next">
          <span className="pager__dir">下一讲</span>
          {lectureLabel(next)} {next.frontmatter.title}
        </Link>
      ) : (
        <Link className="pager__link pager__link--next" to="/">
          <span className="pager__dir">学完了</span>返回课程首页
        </Link>
      )}
    </nav>
  );
}
