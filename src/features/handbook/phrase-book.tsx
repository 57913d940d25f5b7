import { forbiddenPhrases } from '../../../content/handbook/phrases';
import { Marked } from '../../components/highlight';

/** Forbidden service phrases with the course's suggested wording. */
export function PhraseBook({ phrases = forbiddenPhrases }: { phrases?: typeof forbiddenPhrases }) {
  return (
    <div className="phrase-book">
      <p className="hint">资料只列出了忌语；“建议说法”是本课程根据语言小贴士和处理步骤给出的参考。</p>
      <ul className="phrase-book__list">
        {phrases.map((p) => (
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
  );
}
