import { legalPoints } from '../../../content/handbook/legal-points';
import { Marked } from '../../components/highlight';

/** The legal concepts and rules the sources explain, with their basis where the sources give one. */
export function LegalPoints({ points = legalPoints }: { points?: typeof legalPoints }) {
  return (
    <dl className="laws">
      {points.map((point) => (
        <div key={point.id} className="laws__item">
          <dt>
            <Marked text={point.term} />
          </dt>
          <dd>
            <p>
              <Marked text={point.explanation} />
            </p>
            <p className="laws__topics">
              依据：
              <Marked text={point.basis ?? '资料未给出具体条文'} />
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
