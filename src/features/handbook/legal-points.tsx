import { legalPoints } from '../../../content/handbook/legal-points';
import { Marked } from '../../components/highlight';
import { LawRef } from '../../components/law-ref';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** The legal points: today's rule first, then what the 2007 materials say, then the cited laws with their status. */
export function LegalPoints({
  points = legalPoints,
  pick,
  limit,
}: { points?: typeof legalPoints } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(points, (point) => point.id, { pick, limit });
  return (
    <>
      <dl className="laws">
        {shown.map((point) => (
          <div key={point.id} className="laws__item">
            <dt>
              <Marked text={point.term} />
            </dt>
            <dd>
              {point.today ? (
                <p className="laws__today">
                  <strong>今天：</strong>
                  <Marked text={point.today} />
                </p>
              ) : null}
              <p className="laws__source">
                <strong>2007 年教材：</strong>
                <Marked text={point.explanation} />
              </p>
              {point.basis ? (
                <div className="laws__topics">
                  依据：
                  <ul className="laws__basis">
                    {point.basis.map((cite) => (
                      <li key={`${cite.law}${cite.article ?? ''}`}>
                        <LawRef law={cite.law} article={cite.article} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className="laws__topics">依据：2007 年教材未注明条文出处</p>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <FullListHint partial={partial} />
    </>
  );
}
