import { Fragment } from 'react';
import { legalPoints } from '../../../content/handbook/legal-points';
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
            <dt>{point.term}</dt>
            <dd>
              {point.today ? (
                <p className="laws__today">
                  <strong>今天：</strong>
                  {point.today}
                </p>
              ) : null}
              <p className="laws__source">
                <strong>2007 年：</strong>
                {point.explanation}
              </p>
              <p className="laws__topics">
                依据：
                {point.basis
                  ? point.basis.map((cite, i) => (
                      <Fragment key={`${cite.law}${cite.article ?? ''}`}>
                        {i > 0 ? '；' : null}
                        <LawRef law={cite.law} article={cite.article} />
                      </Fragment>
                    ))
                  : '2007 年教材未注明条文出处'}
              </p>
            </dd>
          </div>
        ))}
      </dl>
      <FullListHint partial={partial} />
    </>
  );
}
