import { forbiddenPhrases } from '../../../content/handbook/phrases';
import { Analysis } from '../../components/analysis';
import { Marked } from '../../components/highlight';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';
import { useSlideMode } from '../../components/slides/slide-mode';

/** Forbidden service phrases with the course's suggested wording. */
export function PhraseBook({
  phrases = forbiddenPhrases,
  pick,
  limit,
}: { phrases?: typeof forbiddenPhrases } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(phrases, (p) => p.id, { pick, limit });
  // The provenance note is for readers; on the projector the few chosen phrases need the room.
  const reading = useSlideMode().kind === 'reading';
  return (
    <>
      <div className="phrase-book">
        {reading ? (
          <Analysis>
            忌语出自 2007 年的两份培训教材；每条“建议说法”是课程根据语言小贴士和处理步骤拟的参考说法，不是教材原文。
          </Analysis>
        ) : null}
        <ul className="phrase-book__list">
          {shown.map((p) => (
            <li key={p.id} className="phrase-book__item">
              <p className="phrase phrase--avoid">
                <span className="before-after__label">忌语</span>“<Marked text={p.forbidden} />”
              </p>
              <p className="phrase phrase--use">
                <span className="before-after__label">建议说法</span>“<Marked text={p.better} />”
              </p>
              <p className="phrase-book__why">
                <Marked text={p.why} />
              </p>
            </li>
          ))}
        </ul>
      </div>
      <FullListHint partial={partial} />
    </>
  );
}
