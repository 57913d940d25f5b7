import { laws as allLaws } from '../../../content/handbook/laws';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** The laws the sources name: what each governs, the articles they cite, and the topics. */
export function LawList({ laws = allLaws, pick, limit }: { laws?: typeof allLaws } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(laws, (law) => law.id, { pick, limit });
  return (
    <>
      <dl className="laws">
        {shown.map((law) => (
          <div key={law.id} className="laws__item">
            <dt>{law.name}</dt>
            <dd>
              <p>{law.governs}</p>
              {law.articles.length > 0 ? (
                <ul className="laws__articles">
                  {law.articles.map((article) => (
                    <li key={article.ref}>
                      <strong>{article.ref}</strong>:{article.content}
                    </li>
                  ))}
                </ul>
              ) : null}
              {law.topics.length > 0 ? <p className="laws__topics">相关投诉问题：{law.topics.join('、')}</p> : null}
            </dd>
          </div>
        ))}
      </dl>
      <FullListHint partial={partial} />
    </>
  );
}
