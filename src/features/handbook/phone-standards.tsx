import { phoneStandards } from '../../../content/handbook/phone';
import { Marked } from '../../components/highlight';

/** Telephone etiquette: guidance and the standard (or forbidden) phrases. */
export function PhoneStandards({ items = phoneStandards }: { items?: typeof phoneStandards }) {
  return (
    <dl className="tips">
      {items.map((item) => (
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
  );
}
