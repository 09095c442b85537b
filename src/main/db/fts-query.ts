// Turns whatever a user typed into a safe FTS5 query. FTS5 has its own syntax (quotes, `*`,
// AND/OR/NOT, column filters) and raises on unbalanced input, so user text is never passed
// through: each word becomes a quoted prefix term, and all must match.

const MAX_TERMS = 16;

const words = (input: string): string[] => (input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);

export function toFtsQuery(input: string, options: { plurals?: boolean } = {}): string | null {
  const terms = words(input).map((word) => `"${options.plurals ? singular(word) : word}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}

/**
 * A Spanish (and English) plural made singular enough for a prefix query: "facturas" →
 * "factura*" also finds "facturación"; "routers" → "router*". Short words stay as typed.
 */
export function singular(word: string): string {
  if (word.length > 5 && /[^aeiouáéíóú]es$/i.test(word)) return word.slice(0, -2);
  if (word.length > 4 && /s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** Every three-letter piece of what was typed, folded as the trigram index folds them. */
export function trigramPieces(input: string): string[] {
  const pieces = new Set<string>();
  for (const word of words(input)) {
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let i = 0; i + 3 <= folded.length && pieces.size < 48; i++) pieces.add(folded.slice(i, i + 3));
  }
  return [...pieces];
}

/** Any of the pieces may match: a typo-tolerant guess. */
export function toTrigramQuery(pieces: readonly string[]): string | null {
  return pieces.length > 0 ? pieces.map((p) => `"${p}"`).join(' OR ') : null;
}
