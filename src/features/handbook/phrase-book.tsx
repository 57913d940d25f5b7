import { forbiddenPhrases } from '../../../content/handbook/phrases';
import { Analysis } from '../../components/analysis';
import {
  FullListHint,
  type ProjectorSelection,
  useProjectorSelection,
} from '../../components/slides/projector-selection';

/** Forbidden service phrases with the course's suggested wording. */
export function PhraseBook({
  phrases = forbiddenPhrases,
  pick,
  limit,
}: { phrases?: typeof forbiddenPhrases } & ProjectorSelection) {
  const { shown, partial } = useProjectorSelection(phrases, (p) => p.id, { pick, limit });
  return (
    <>
      <div className="phrase-book">
        <Analysis>
          忌语出自 2007 年的两份培训教材；每条“建议说法”是课程根据语言小贴士和处理步骤拟的参考说法，不是教材原文。
        </Analysis>
        <ul className="phrase-book__list">
          {shown.map((p) => (
            <li key={p.id} className="phrase-book__item">
              <p className="phrase phrase--avoid">
                <span className="before-after__label">忌语</span>“{p.forbidden}”
              </p>
              <p className="phrase phrase--use">
                <span className="before-after__label">建议说法</span>“{p.better}”
              </p>
              <p className="phrase-book__why">{p.why}</p>
            </li>
          ))}
        </ul>
      </div>
      <FullListHint partial={partial} />
    </>
  );
}
