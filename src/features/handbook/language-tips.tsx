import { languageTips } from '../../../content/handbook/language-tips';
import { Marked } from '../../components/highlight';
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
            <dt>
              <Marked text={tip.name} />
            </dt>
            <dd>
              <p>
                <Marked text={tip.description} />
              </p>
              <p className="before-after">
                <span className="before-after__before">
                  <span className="before-after__label">改前</span>
                  <Marked text={tip.before} />
                </span>
                <span className="before-after__after">
                  <span className="before-after__label">改后</span>
                  <Marked text={tip.after} />
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
