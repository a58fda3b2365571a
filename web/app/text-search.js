// Case-, width- and space-insensitive containment, for the browse filters.
export function fold(s) {
  return String(s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** True when any of the texts contains the folded query (an empty query matches everything). */
export function containsQuery(query, ...texts) {
  const q = fold(query);
  if (!q) return true;
  return texts.flat().some((text) => fold(text).includes(q));
}
