// The "/" lookup in the reply box: which words after a slash the agent is typing, and what the
// reply becomes when a template replaces them.
import { renderTemplate, type TemplateValues } from '../../../shared/templates.ts';

export interface SlashQuery {
  /** Where the slash is; the template replaces text from here to the cursor. */
  start: number;
  query: string;
}

/** A slash at the start of a word, followed by what is typed up to the cursor. */
export function slashQueryAt(text: string, cursor: number): SlashQuery | null {
  const query = /(^|\s)\/([\p{L}\p{N}_-]{0,30})$/u.exec(text.slice(0, cursor))?.[2];
  return query === undefined ? null : { start: cursor - query.length - 1, query };
}

export interface Inserted {
  text: string;
  /** Where the cursor (or the selection of the first hole) goes. */
  selection: { start: number; end: number };
  /** The labels of placeholders still to fill, e.g. "[order_number]". */
  holes: string[];
}

/** Replaces text[start, end) with the rendered template. */
export function insertTemplate(text: string, start: number, end: number, body: string, values: TemplateValues): Inserted {
  const rendered = renderTemplate(body, values);
  const before = text.slice(0, start);
  const after = text.slice(end);
  const first = rendered.holes[0];
  const selection = first
    ? { start: before.length + first.start, end: before.length + first.end }
    : { start: before.length + rendered.text.length, end: before.length + rendered.text.length };
  const holes = rendered.holes.map((h) => rendered.text.slice(h.start, h.end));
  return { text: before + rendered.text + after, selection, holes };
}

/** The next unfilled hole after `from` (wrapping around), for Tab. */
export function nextHole(text: string, holes: readonly string[], from: number): { start: number; end: number } | null {
  const spots = holes
    .flatMap((label) => {
      const found: number[] = [];
      for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) found.push(at);
      return found.map((start) => ({ start, end: start + label.length }));
    })
    .sort((a, b) => a.start - b.start);
  return spots.find((s) => s.start >= from) ?? spots[0] ?? null;
}

/** Hole labels still present in the text: sending is blocked until they are filled. */
export const unfilled = (text: string, holes: readonly string[]): string[] => [...new Set(holes.filter((label) => text.includes(label)))];
