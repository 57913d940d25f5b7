import { laws as allLaws } from '../../../content/handbook/laws';
import { Marked } from '../../components/highlight';

/** The laws the sources name: what each governs, the articles they cite, and the topics. */
export function LawList({ laws = allLaws }: { laws?: typeof allLaws }) {
  return (
    <dl className="laws">
      {laws.map((law) => (
        <div key={law.id} className="laws__item">
          <dt>
            <Marked text={law.name} />
          </dt>
          <dd>
            <p>
              <Marked text={law.governs} />
            </p>
            {law.articles.length > 0 ? (
              <ul className="laws__articles">
                {law.articles.map((article) => (
                  <li key={article.ref}>
                    <strong>
                      <Marked text={article.ref} />
                    </strong>
                    ：<Marked text={article.content} />
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
  );
}
