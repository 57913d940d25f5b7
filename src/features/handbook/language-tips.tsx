import { languageTips } from '../../../content/handbook/language-tips';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** The language tips, each with a before/after example. */
export function LanguageTips({
  tips = languageTips,
  pick,
  limit,
}: { tips?: typeof languageTips } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(tips, (tip) => tip.id, { pick, limit });
  return (
    <>
      <dl className="tips">
        {shown.map((tip) => (
          <div key={tip.id} className="tips__item">
            <dt>{tip.name}</dt>
            <dd>
              <p>{tip.description}</p>
              <p className="before-after">
                <span className="before-after__before">
                  <span className="before-after__label">改前</span>
                  {tip.before}
                </span>
                <span className="before-after__after">
                  <span className="before-after__label">改后</span>
                  {tip.after}
                </span>
              </p>
            </dd>
          </div>
        ))}
      </dl>
      <FullListHint partial={partial} />
    </>
  );
}
