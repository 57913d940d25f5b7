import type { DemandLawRow, LawEntry } from './types';

/**
 * The demand → law table (常见诉求与法律对照) from the registry's `topics`, so the mapping has one
 * owner: each topic in the order the laws first name it, with every law (and provision) tied to it.
 */
export function demandLawRows(laws: readonly LawEntry[]): DemandLawRow[] {
  const rows = new Map<string, DemandLawRow>();
  for (const law of laws) {
    for (const topic of law.topics) {
      const row = rows.get(topic) ?? { topic, citations: [] };
      row.citations.push({ law: law.id, article: law.topicArticles?.[topic] });
      rows.set(topic, row);
    }
  }
  return [...rows.values()];
}
