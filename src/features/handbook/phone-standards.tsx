import { phoneStandards } from '../../../content/handbook/phone';
import { Marked } from '../../components/highlight';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** Telephone etiquette: guidance and the standard (or forbidden) phrases. */
export function PhoneStandards({
  items = phoneStandards,
  pick,
  limit,
}: { items?: typeof phoneStandards } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(items, (item) => item.id, { pick, limit });
  return (
    <>
      <dl className="tips">
        {shown.map((item) => (
          <div key={item.id} className="tips__item">
            <dt>
              <Marked text={item.topic} />
            </dt>
            <dd>
              <p>
                <Marked text={item.guidance} />
              </p>
              {item.example ? (
                <p className={item.avoid ? 'phrase phrase--avoid' : 'phrase phrase--use'}>
                  <span className="before-after__label">{item.avoid ? '不要说' : '标准用语'}</span>“
                  <Marked text={item.example} />”
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
