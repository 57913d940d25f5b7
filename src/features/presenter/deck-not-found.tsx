import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';

/** An unknown lecture in a deck URL: say so, and offer the way back. */
export function DeckNotFound() {
  const { lectureId } = useParams();
  useDocumentTitle('找不到这一讲');
  return (
    <main className="app-main not-found" id="main">
      <h1>找不到这一讲</h1>
      <p>课程中没有编号为“{lectureId}”的讲次，无法投影。</p>
      <p>
        <Link className="button button--primary" to="/">
          返回课程首页
        </Link>
      </p>
    </main>
  );
}
