// The handbook's search: the course's substring search with its synonyms (text-search.ts), over
// every text field of a record; a part whose title matches shows all of its records.
import { recordText } from '../../lib/handbook/handbook-parts';
import { matchesAny, searchTerms } from '../../lib/search/text-search';

export { searchTerms };

export function filterRecords<T extends object>(records: readonly T[], terms: readonly string[], title = ''): T[] {
  if (terms.length === 0 || (title && matchesAny(title, terms))) return [...records];
  return records.filter((record) => matchesAny(recordText(record), terms));
}
