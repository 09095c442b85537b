// How address.ts reads a text: the stretches around short numbers worth a look, and their
// tokens. Linear: each stretch is scanned once, overlapping ones merged first.

// Floors written as ordinals: "1er", "3ro", "5to", "7mo", "8vo".
export const ORDINAL_ENDINGS = new Set(['er', 'ero', 'ro', 'do', 'to', 'mo', 'vo', 'no']);

type TokenKind = 'num' | 'word' | 'mark' | 'stop';
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** "av." "p." "b.": an abbreviation (a longer word's dot ends a sentence and becomes a stop). */
  dot: boolean;
}

// Numbers, ° º #, words (º and ª are letters to Unicode, but marks here), and punctuation that
// ends a name. Anything else (spaces, dashes, quotes) only separates.
const TOKEN = /\d+|[°º#]|[^\P{L}ºª]+\.?|[,;:!?()\n]/gu;
const LETTER = /\p{L}/u;
const ABBREVIATION_LENGTH = 4;

// One to five digits, not inside a word, a longer number, a price or a date: what address.ts
// isHouseNumber checks on tokens, as one cheap test on the whole text.
export const SHORT_NUMBER = /(?<![\p{L}\p{N}$]|\d[.,/:-])\d{1,5}(?![\p{L}\p{N}%]|[.,/:-]\d)/u;
const SHORT_NUMBERS = new RegExp(SHORT_NUMBER.source, 'gu');
// Far enough for an introducer, a street type and a four-word name before, and a floor, flat or
// "entre" two streets after.
const WINDOW_BEFORE = 100;
const WINDOW_AFTER = 50;

/** The tokens of text[from, to), at their places in the whole text. */
export function tokensOf(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of part.matchAll(TOKEN)) {
    const raw = match[0];
    const start = from + match.index;
    const first = raw.charCodeAt(0);
    if (first >= 48 && first <= 57) tokens.push({ kind: 'num', text: raw, start, end: start + raw.length, dot: false });
    else if (raw === '°' || raw === 'º' || raw === '#') tokens.push({ kind: 'mark', text: raw, start, end: start + 1, dot: false });
    else if (!LETTER.test(raw)) tokens.push({ kind: 'stop', text: raw, start, end: start + 1, dot: false });
    else {
      const dotted = raw.endsWith('.');
      const word = dotted ? raw.slice(0, -1) : raw;
      const abbreviation = dotted && word.length <= ABBREVIATION_LENGTH;
      tokens.push({ kind: 'word', text: word, start, end: start + word.length, dot: abbreviation });
      if (dotted && !abbreviation) tokens.push({ kind: 'stop', text: '.', start: start + word.length, end: start + raw.length, dot: false });
    }
  }
  return tokens;
}

/**
 * The stretches around the short numbers, overlapping ones merged, cut where a word ends: every
 * rule looks at most this far from a house number, so the rest of a long e-mail is never read.
 */
export function windowsOf(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const match of text.matchAll(SHORT_NUMBERS)) {
    const from = Math.max(0, match.index - WINDOW_BEFORE);
    const to = Math.min(text.length, match.index + match[0].length + WINDOW_AFTER);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows.map(([from, to]) => [from === 0 ? 0 : wordBoundaryAfter(text, from), to === text.length ? to : wordBoundaryBefore(text, to)]);
}

const isAsciiLetter = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether text[from, to) holds one of the cue words, or a floor: a digit before "°", a lone letter or an ordinal ending. */
export function hasCue(text: string, from: number, to: number, cueWords: ReadonlySet<string>): boolean {
  let wordStart = -1;
  for (let k = from; k <= to; k++) {
    const code = k < to ? text.charCodeAt(k) : 32;
    if (isAsciiLetter(code)) {
      if (wordStart < 0) wordStart = k;
      continue;
    }
    if (wordStart >= 0 && cueWords.has(text.slice(wordStart, k))) return true;
    wordStart = -1;
    if (isDigit(code) && k + 1 < to && isFloorAfter(text, k + 1)) return true;
  }
  return false;
}

/** "°", "º", a lone letter ("4c") or an ordinal ending ("5to") at `at`; not "20hs". */
function isFloorAfter(text: string, at: number): boolean {
  const next = text[at] === ' ' ? text[at + 1] : text[at];
  if (next === '°' || next === 'º') return true;
  let end = at;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end === at) return false;
  return end - at === 1 || ORDINAL_ENDINGS.has(text.slice(at, end));
}

const SPACE = /\s/;
function wordBoundaryAfter(text: string, at: number): number {
  let k = at;
  while (k < text.length && !SPACE.test(text[k] ?? ' ')) k++;
  return k;
}
function wordBoundaryBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && !SPACE.test(text[k - 1] ?? ' ')) k--;
  return k;
}
