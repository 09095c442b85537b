// Home addresses in a message (type B, like a DNI): a number is read as a house number only when
// the words around it say so — a street type before the name ("Av. Cabildo 2210"), floor, flat
// or door after it ("Mendoza 2150 3°B"), "entre X y Y", a block and lot ("mz 2 casa 18"), a
// phrase that introduces an address ("vivo en …"), or an English street suffix ("15 Maple Road").
// A street without a number, a neighbourhood, the company's branches, and counted things
// ("3 horas", "300 megas", "2 days on the road") stay out. The words live in lexicons/address.json.
// Only numbers are looked at, and each looks at a few tokens either side: linear in the text.
import { hasCue, ORDINAL_ENDINGS, SHORT_NUMBER, tokensOf, windowsOf, type Token } from './address-text.ts';
import { entriesOf, LEXICONS } from './lexicon.ts';

export interface AddressFound {
  /** The street (or block) and number as a reply would repeat them: folded, see `addressKey`. */
  value: string;
  /** Where it starts in the text searched. */
  start: number;
}

const lexicon = LEXICONS.address;
const setOf = (...categories: string[]) => new Set(entriesOf(lexicon, ...categories));
const STREET_TYPES = setOf('street_type');
const SUFFIXES = setOf('street_suffix');
const SUFFIX_WORDS = setOf('street_suffix_word');
const ANY_SUFFIX = new Set([...SUFFIXES, ...SUFFIX_WORDS]);
const UNITS = setOf('unit');
const LOTS = setOf('lot');
const NOT_NAME = setOf('not_name', 'counted');
const COUNTED = setOf('counted');
const DATES = setOf('date');
const phrases = (category: string) => entriesOf(lexicon, category).sort((a, b) => b.length - a.length).join('|');
// Entries are plain folded words: safe inside a pattern. Both are tested on a short window only.
const INTRODUCED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases('introducer')})(?:[ ,:=]+(?:es|is|a|en|at|to))?[ ,:=]*$`, 'u');
const BRANCH = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases('branch')})(?![\\p{L}\\p{N}])`, 'u');
const INTRO_WINDOW = 45;
const BRANCH_WINDOW = 30;

// A house number comes after these: "nro 1234", "n° 1234", "no. 1234", "# 1234", "al 1200".
const MARKERS = new Set(['nro', 'numero', 'num', 'al', 'altura']);
const SHORT_MARKERS = new Set(['n', 'no']);
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el']);
const CANONICAL: Record<string, string> = { mz: 'manzana', mza: 'manzana', manz: 'manzana', monoblok: 'monoblock' };
const BETWEEN = new Set(['entre']);
const AND = new Set(['y', 'e']);
const STREETS_WORD = new Set(['calle', 'calles']);
const HOURS_ARTICLE = new Set(['la', 'las']);

const MAX_NAME = 4;
const MAX_HOUSE_DIGITS = 5;
const MAX_NAME_NUMBER = 3;
const MAX_EN_NAME = 3;
const JOINS_DIGITS = /[.,/:-]/;
// A stretch around a number without one of these words (or a floor such as "2°" or "4c") holds
// no address and is never tokenized. Of a phrase ("vivo en") its longest word stands for it.
const longestWord = (phrase: string): string => phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
const CUE_WORDS = new Set([
  'entre',
  ...['street_type', 'street_suffix', 'street_suffix_word', 'unit', 'lot'].flatMap((c) => entriesOf(lexicon, c)),
  ...entriesOf(lexicon, 'introducer').map(longestWord),
]);
const DIGIT = /\d/;
const LETTER = /\p{L}/u;

/**
 * A street and number, a block and lot, as a reply could write them: folded words and numbers,
 * the number markers (nro, n°, al) and punctuation left out, abbreviations of blocks spelled out.
 * "Laprida nro. 77" and "laprida 77" give the same key.
 */
export function addressKey(folded: string): string {
  const parts: string[] = [];
  const tokens = tokensOf(folded);
  for (const [i, t] of tokens.entries()) {
    if (t.kind === 'num') parts.push(t.text);
    else if (t.kind === 'word' && !MARKERS.has(t.text) && !isShortMarker(tokens, i)) parts.push(CANONICAL[t.text] ?? t.text);
  }
  return parts.join(' ');
}

/** Every home address in the folded text, in order. */
export function findAddresses(folded: string): AddressFound[] {
  // Most numbers are prices, dates, phones or identity numbers: without a short number standing
  // alone there is nothing to tokenize.
  if (!SHORT_NUMBER.test(folded)) return [];
  const found: AddressFound[] = [];
  for (const [from, to] of windowsOf(folded)) {
    if (hasCue(folded, from, to, CUE_WORDS)) found.push(...addressesIn(folded, tokensOf(folded, from, to)));
  }
  return found;
}

function addressesIn(folded: string, tokens: readonly Token[]): AddressFound[] {
  const found: AddressFound[] = [];
  let covered = -1; // tokens up to here belong to an address already found
  for (let i = 0; i < tokens.length; i++) {
    if (i <= covered || !isHouseNumber(tokens, i, folded)) continue;
    const hit = lotAt(tokens, i) ?? streetBefore(tokens, i, folded) ?? streetAfter(tokens, i, folded);
    if (!hit) continue;
    const start = startOf(tokens, hit.first);
    found.push({ value: addressKey(folded.slice(start, tokens[hit.last]?.end ?? start)), start });
    covered = hit.last;
  }
  return found;
}

interface Hit {
  /** Token indexes of what a reply would repeat: the name and the house number. */
  first: number;
  last: number;
}

const word = (t: Token | undefined, set: ReadonlySet<string>): boolean => t?.kind === 'word' && set.has(t.text);
const startOf = (tokens: readonly Token[], i: number): number => tokens[i]?.start ?? 0;

/** "n°" or "no." before a number: "n" and "no" alone are words. */
function isShortMarker(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !SHORT_MARKERS.has(t.text)) return false;
  const next = tokens[i + 1];
  return t.dot || (next?.kind === 'mark' && next.text !== '#');
}

/** One to five digits standing alone: not part of a price, date, time, phone or word ("5g", "mp3"). */
function isHouseNumber(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (t?.kind !== 'num' || t.text.length > MAX_HOUSE_DIGITS) return false;
  const before = text[t.start - 1] ?? ' ';
  const after = text[t.end] ?? ' ';
  if (LETTER.test(after) || LETTER.test(before) || before === '$') return false;
  if (JOINS_DIGITS.test(before) && DIGIT.test(text[t.start - 2] ?? '')) return false;
  if (JOINS_DIGITS.test(after) && DIGIT.test(text[t.end + 1] ?? '')) return false;
  if (after === '%' || word(tokens[i + 1], COUNTED)) return false;
  return true;
}

/** "manzana 7 lote 3", "mz 2 casa 18", "monoblock 3 depto 12", "barrio Las Lomas casa 30". */
function lotAt(tokens: readonly Token[], i: number): Hit | null {
  const head = tokens[i - 1];
  if (!head || head.kind !== 'word') return null;
  if (LOTS.has(head.text) && head.text !== 'barrio') {
    const unit = tokens[i + 1];
    const which = tokens[i + 2];
    if (word(unit, UNITS) && (which?.kind === 'num' || (which?.kind === 'word' && which.text.length === 1))) return { first: i - 1, last: i + 2 };
    return null;
  }
  if (!UNITS.has(head.text)) return null;
  for (let j = i - 2; j >= Math.max(0, i - 2 - MAX_NAME); j--) {
    const t = tokens[j];
    if (t?.kind === 'stop') return null;
    if (t?.kind === 'word' && t.text === 'barrio') return { first: j, last: i };
  }
  return null;
}

/** Where the name before a house number may start, nearest first, and where it ends (before "nro", "n°"). */
function nameStarts(tokens: readonly Token[], i: number): { starts: number[]; last: number } {
  let j = i - 1;
  if (tokens[j]?.kind === 'mark') j--; // "# 1234", "n° 1234"
  if (word(tokens[j], MARKERS) || isShortMarker(tokens, j)) j--;
  const starts: number[] = [];
  for (let k = j; k >= 0 && starts.length < MAX_NAME; k--) {
    const t = tokens[k];
    if (!t) break;
    const nameWord = t.kind === 'word' && !NOT_NAME.has(t.text) && !STREET_TYPES.has(t.text) && !UNITS.has(t.text) && !LOTS.has(t.text);
    const nameNumber = t.kind === 'num' && t.text.length <= MAX_NAME_NUMBER;
    if (!nameWord && !nameNumber) break;
    starts.push(k);
  }
  return { starts, last: j };
}

/** A real word in the name, not just numbers and "de la": "San Juan", "Oroño", "9 de Julio". */
function hasNameWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.text.length >= 2 && !CONNECTORS.has(t.text)) return true;
  }
  return false;
}

const branchBefore = (text: string, at: number): boolean => BRANCH.test(text.slice(Math.max(0, at - BRANCH_WINDOW), at));
const introducedAt = (text: string, at: number): boolean => INTRODUCED.test(text.slice(Math.max(0, at - INTRO_WINDOW), at));

/** Name then number: after a street type, after an introducer, or followed by floor, flat or "entre". */
function streetBefore(tokens: readonly Token[], i: number, text: string): Hit | null {
  const { starts, last } = nameStarts(tokens, i);
  if (starts.length === 0) return null;
  for (const s of starts) {
    if (word(tokens[s - 1], STREET_TYPES)) return branchBefore(text, startOf(tokens, s - 1)) ? null : { first: s, last: i };
  }
  const usable = starts.filter((s) => hasNameWord(tokens, s, last));
  const named = usable.at(-1);
  if (named === undefined || branchBefore(text, startOf(tokens, starts.at(-1) ?? named))) return null;
  for (const s of usable) if (introducedAt(text, startOf(tokens, s))) return { first: s, last: i };
  // "el martes 22 entre las 14 y las 18", "mayo 20, piso 3": a day of the month, not a house.
  if (word(tokens[i - 1], DATES)) return null;
  return unitAfter(tokens, i) || entreAfter(tokens, i) ? { first: trimConnectors(tokens, named), last: i } : null;
}

function trimConnectors(tokens: readonly Token[], s: number): number {
  let k = s;
  while (word(tokens[k], CONNECTORS)) k++;
  return k;
}

/** Floor, flat or door right after the number: "piso 3", "2°A", "4c", "5to B", "PB", "timbre 4", "depto B". */
function unitAfter(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.text === ',') j++;
  const t = tokens[j];
  if (!t) return false;
  const next = tokens[j + 1];
  if (t.kind === 'num' && t.text.length <= 2 && next && next.start === t.end) {
    if (next.kind === 'mark') return next.text !== '#';
    if (next.kind !== 'word') return false;
    // An ordinal is a floor only with its flat or the word: "5to B", "1er piso" (not "el 2do mes").
    return next.text.length === 1 || (ORDINAL_ENDINGS.has(next.text) && isFlatOrFloor(tokens[j + 2]));
  }
  if (t.kind !== 'word' || !UNITS.has(t.text)) return false;
  if (t.text === 'pb') return true;
  if (t.text === 'p' && !t.dot) return false;
  return next?.kind === 'num' || (next?.kind === 'word' && next.text.length === 1) || next?.kind === 'mark';
}

const isFlatOrFloor = (t: Token | undefined): boolean => t?.kind === 'word' && (t.text.length === 1 || t.text === 'piso');

/** "entre Yerbal y Caracas", "entre calles 56 y 57". */
function entreAfter(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.text === ',') j++;
  if (!word(tokens[j], BETWEEN)) return false;
  j++;
  if (word(tokens[j], HOURS_ARTICLE) && tokens[j + 1]?.kind === 'num') return false; // "entre las 9 y las 13"
  while (word(tokens[j], STREETS_WORD)) j++;
  for (let side = 0; side < 2; side++) {
    let words = 0;
    while (words < MAX_NAME && isCrossName(tokens[j])) {
      j++;
      words++;
    }
    if (words === 0) return false;
    if (side === 0 && !word(tokens[j++], AND)) return false;
  }
  return !word(tokens[j], COUNTED); // "entre 5 y 10 dias"
}

/** A word or number of a cross street: "entre semana y finde" names no street. */
function isCrossName(t: Token | undefined): boolean {
  return t?.kind === 'num' || (t?.kind === 'word' && !NOT_NAME.has(t.text));
}

/** English: number, one to three name words, a street suffix ("15 Maple Road", "300 Harbour Dr"); or an introducer before "64 Kingsley". */
function streetAfter(tokens: readonly Token[], i: number, text: string): Hit | null {
  const at = startOf(tokens, i);
  let j = i + 1;
  while (j <= i + MAX_EN_NAME) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || NOT_NAME.has(t.text) || ANY_SUFFIX.has(t.text) || UNITS.has(t.text)) break;
    j++;
  }
  const last = j - 1;
  if (last === i) return null;
  if (!suffixAt(tokens, j) && !introducedAt(text, at)) return null;
  return branchBefore(text, at) ? null : { first: i, last };
}

/**
 * "Street", "Rd", "Avenue" end a street name anywhere; "way", "close", "drive" and the like are
 * common words too, so only where the phrase ends or a flat follows ("8 Rose Close, Flat 2"; not
 * "5 bars close to the tower").
 */
function suffixAt(tokens: readonly Token[], j: number): boolean {
  if (word(tokens[j], SUFFIXES)) return true;
  if (!word(tokens[j], SUFFIX_WORDS)) return false;
  const next = tokens[j + 1];
  return !next || next.kind === 'stop' || next.text === '#' || word(next, UNITS);
}
