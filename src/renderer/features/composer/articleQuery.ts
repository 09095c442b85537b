// The "??" lookup in the reply box: which words after a double question mark the agent is
// typing, to search the knowledge base with. Spanish opens questions with "¿", so "??" at the
// start of a word is free to mean "look it up"; inside a word, a URL or a sentence it is text.

export interface ArticleQuery {
  /** Where the "??" is; the chosen article replaces text from here to the cursor. */
  start: number;
  query: string;
}

/** Enough letters to search with; fewer match almost every article. */
export const MIN_ARTICLE_QUERY = 2;

const MAX_QUERY = 60;
// A word character first, so "?? " and "???" stay text; then anything but a line break.
const ASK = new RegExp(`(^|\\s)\\?\\?((?:[\\p{L}\\p{N}][^\\n]{0,${MAX_QUERY - 1}})?)$`, 'u');

/** "??" at the start of the text or after a space, followed by what is typed up to the cursor. */
export function articleQueryAt(text: string, cursor: number): ArticleQuery | null {
  const query = ASK.exec(text.slice(0, cursor))?.[2];
  return query === undefined ? null : { start: cursor - query.length - 2, query };
}
