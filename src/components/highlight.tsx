import { createContext, useContext } from 'react';
import { matchRanges } from '../lib/search/text-search';

/** The text with every match of the search terms marked. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = matchRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The terms a screen is searching for; shared lists (the handbook's) mark them where they show. */
export const SearchTermsContext = createContext<readonly string[]>([]);

/** Text that is marked where it matches the screen's search, and plain elsewhere (in a lecture). */
export function Marked({ text }: { text: string }) {
  return <Highlight text={text} terms={useContext(SearchTermsContext)} />;
}
