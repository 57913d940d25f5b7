import { laws as allLaws } from '../../../content/handbook/laws';
import { Marked } from '../../components/highlight';
import { LawRef } from '../../components/law-ref';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** The laws the course cites: today's rule first, then what the 2007 materials cite, with topics. */
export function LawList({ laws = allLaws, pick, limit }: { laws?: typeof allLaws } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(laws, (law) => law.id, { pick, limit });
  return (
    <>
      <dl className="laws">
        {shown.map((law) => (
          <div key={law.id} className="laws__item">
            <dt>
              <LawRef law={law.id} />
            </dt>
            <dd>
              {law.today ? (
                <p className="laws__today">
                  <strong>今天：</strong>
                  <Marked text={law.today} />
                </p>
              ) : null}
              {law.governs ? (
                <p className="laws__source">
                  <strong>2007 年：</strong>
                  <Marked text={law.governs} />
                </p>
              ) : null}
              {law.articles.length > 0 ? (
                <ul className="laws__articles">
                  {law.articles.map((article) => (
                    <li key={article.ref}>
                      <LawRef law={law.id} article={article.ref} />：<Marked text={article.content} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {law.topics.length > 0 ? (
                <p className="laws__topics">
                  相关投诉问题：
                  <Marked text={law.topics.join('、')} />
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <FullListHint partial={partial} />
    </>
  );
}
