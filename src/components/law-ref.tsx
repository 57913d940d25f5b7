import { findLaw } from '../../content/handbook/laws';
import { lawStatusLabel } from '../lib/handbook/law-status';
import type { LawId } from '../lib/handbook/types';

interface LawRefProps {
  law: LawId;
  /** A provision as the registry spells it, e.g. 第一百一十七条第二款; its own status wins. */
  article?: string;
}

/**
 * A legal citation with its status today (现行 / 已废止… / 已修订…), the one way the course cites
 * law: in lectures (`<LawRef law="contract" article="第一百一十七条第二款" />`), in case feedback and
 * in the handbook. Status comes from the one registry in content/handbook/laws.ts.
 */
export function LawRef({ law, article }: LawRefProps) {
  const entry = findLaw(law);
  const provision = article ? entry.articles.find((a) => a.ref === article) : undefined;
  const status = provision?.status ?? entry.status;
  return (
    <span className="law-ref">
      <cite className="law-ref__name">
        {entry.name}
        {article ?? ''}
      </cite>
      <span className={`law-status law-status--${status.kind}`}>{lawStatusLabel(status)}</span>
    </span>
  );
}
