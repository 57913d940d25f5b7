// Plain substring search: Chinese terms (不可抗力, 格式条款, 委婉) need no word splitting.

export function normaliseQuery(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** Whether any of the record's text fields contains the query (an empty query matches all). */
export function matches(record: object, query: string): boolean {
  const q = normaliseQuery(query);
  if (!q) return true;
  const text = JSON.stringify(Object.values(record));
  return normaliseQuery(text).includes(q);
}

export function filterRecords<T extends object>(records: readonly T[], query: string): T[] {
  return records.filter((record) => matches(record, query));
}
