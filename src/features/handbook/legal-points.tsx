import { legalPoints } from '../../../content/handbook/legal-points';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** The legal concepts and rules the sources explain, with their basis where the sources give one. */
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
              <p>{point.explanation}</p>
              <p className="laws__topics">依据：{point.basis ?? '资料未给出具体条文'}</p>
            </dd>
          </div>
        ))}
      </dl>
      <FullListHint partial={partial} />
    </>
  );
}
