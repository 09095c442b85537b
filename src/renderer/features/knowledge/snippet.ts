// Search snippets mark the matched words between \u0002 and \u0003 (SQLite's snippet()). They
// are split into pieces rendered as React text, marked ones in <mark>: an article's text is
// never parsed as HTML, whatever it contains.

export interface SnippetPiece {
  text: string;
  marked: boolean;
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Markdown marks read as noise in a one-line excerpt: headings, bold, code, table rules and pipes. */
function withoutMarkdown(text: string): string {
  return text
    .replace(/(^|\s)#{1,6}(?=\s)/g, '$1')
    .replace(/\*\*|`/g, '')
    .replace(/:?-{3,}:?/g, '')
    .replace(/\|/g, ' ');
}

/** The snippet's pieces in order, Markdown marks out and whitespace folded; an unclosed mark ends with the text. */
export function snippetPieces(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let marked = false;
  let text = '';
  const push = () => {
    if (text !== '') pieces.push({ text, marked });
    text = '';
  };
  for (const char of withoutMarkdown(snippet).replace(/\s+/g, ' ').trim()) {
    if (char === OPEN || char === CLOSE) {
      const next = char === OPEN;
      if (next !== marked) {
        push();
        marked = next;
      }
    } else {
      text += char;
    }
  }
  push();
  return pieces;
}
