import { Link } from 'react-router';
import { useDocumentTitle } from './use-document-title';

interface NotFoundProps {
  title?: string;
  message?: string;
}

/** Shown for an unknown path, lecture or slide: says what was not found and offers a way back. */
export function NotFoundScreen({
  title = '页面不存在',
  message = '您打开的地址不在本课程中，可能是链接有误或内容已调整。',
}: NotFoundProps) {
  useDocumentTitle(title);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/" className="button button--primary">
          返回课程首页
        </Link>
      </p>
    </section>
  );
}
