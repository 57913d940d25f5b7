import type { LegalCitation } from '../lib/handbook/types';
import { LawRef } from './law-ref';

/** A question's 法律依据: each citation with its status, then what it says or is cited for. */
export function LegalBasis({ citations }: { citations: LegalCitation[] }) {
  return (
    <div className="legal-basis">
      <p className="legal-basis__label">法律依据</p>
      <ul className="legal-basis__list">
        {citations.map((citation, index) => (
          <li key={index}>
            {citation.law ? (
              <>
                <LawRef law={citation.law} article={citation.article} />：
              </>
            ) : (
              <span className="law-status law-status--unattributed">2007 年教材未注明出处</span>
            )}
            {citation.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
