// Turns whatever a user typed into a safe FTS5 query. FTS5 has its own syntax (quotes, `*`,
// AND/OR/NOT, column filters) and raises on unbalanced input, so user text is never passed
// through: each word becomes a quoted prefix term, and all must match.

const MAX_TERMS = 16;

export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = words.slice(0, MAX_TERMS).map((word) => `"${word}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}
