// How triage rules read a message: as a list of folded words ("Vergüenza" → "verguenza"),
// matched against word lists with leetspeak decoded ("est4fa" → "estafa") and repeated letters
// allowed to stretch a word ("ladronesss", "chorrrros") but never to shrink it ("foros" is not
// "forros"). Phrases are matched word by word, so "baja" never matches inside "trabajamos" and
// any run of spaces or punctuation between words is one gap. Masked words can be read against a
// list: letters spelled out one by one ("p e l o t u d o s", "h.d.p") that spell a listed word,
// and a word with asterisks ("p*ta") taken for the listed word of its shape. Everything here is
// linear in the length of the text: no regex can backtrack badly.
import { fold } from '../template-search.ts';

// A word: letters and digits, plus the characters customers use to mask letters ("f***", "l@dron").
const WORD = /[\p{L}\p{N}*@$]+/gu;
const REPEATED_LETTER = /(\p{L})\1+/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const LEET_CHAR = /[013457@$]/g;
const HAS_LEET_CHAR = /[013457@$]/;
const LETTER = /\p{L}/u;

/** "chorrrros" → "choros": the key words are compared by. */
export function squeeze(word: string): string {
  // Most words repeat no character, and then there is nothing to squeeze. A surrogate pair is
  // one letter to the regex, so a word holding one goes to the regex too.
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) || (c >= 0xd800 && c <= 0xdfff)) return word.replace(REPEATED_LETTER, '$1');
  }
  return word;
}

/** The folded words of a message. Mentions ("@Atiende") are not words: they only address the company. */
export const tokenize = (text: string): string[] => tokenizeFolded(fold(text));

/** `tokenize` of a text already folded. */
export function tokenizeFolded(folded: string): string[] {
  const words: string[] = [];
  for (const raw of folded.match(WORD) ?? []) {
    if (raw.startsWith('@')) continue;
    // WhatsApp bold ("*LADRONES*") wraps a word; a trailing mask alone ("f***") is part of it.
    const word = raw.startsWith('*') ? trimStars(raw) : raw;
    if (word !== '') words.push(word);
  }
  return words;
}

function trimStars(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === '*') start++;
  while (end > start && word[end - 1] === '*') end--;
  return word.slice(start, end);
}

/** Digits and symbols standing for letters inside a word ("l4dr0nes" → "ladrones"). */
export function deobfuscate(word: string): string {
  // Nothing to decode, or a plain number, which stays a number.
  if (!HAS_LEET_CHAR.test(word) || !LETTER.test(word)) return word;
  return word.replace(LEET_CHAR, (c) => LEET[c] ?? c);
}

/** Where each word of a message stands: its clause and sentence, and whether that sentence asks. */
export interface Clauses {
  /** Clause number of each word: commas, semicolons, colons and sentence ends part clauses. */
  readonly clause: readonly number[];
  /** Sentence number of each word: ".", "!", "?" and line breaks part sentences. */
  readonly sentence: readonly number[];
  /** By sentence number: the sentence holds "?" or "¿". */
  readonly asks: readonly boolean[];
}

const CLAUSE_BREAK = /[,;:]/;
const SENTENCE_BREAK = /[.!?¡¿\n]/;

/**
 * The clauses of a folded text, word by word as `tokenizeFolded` reads them (same words, same
 * order). One pass over the text: rules that care whether two words share a sentence read it.
 */
export function clausesOf(folded: string): Clauses {
  const clause: number[] = [];
  const sentence: number[] = [];
  const asks: boolean[] = [false];
  let c = 0;
  let s = 0;
  let gap = 0;
  for (const match of folded.matchAll(WORD)) {
    const between = folded.slice(gap, match.index);
    gap = match.index + match[0].length;
    const raw = match[0];
    if (raw.startsWith('@') || (raw.startsWith('*') && trimStars(raw) === '')) continue;
    if (clause.length > 0) {
      // "?" closes the sentence before the gap; "¿" opens the one after it.
      if (between.includes('?')) asks[s] = true;
      if (SENTENCE_BREAK.test(between)) {
        s++;
        c++;
        asks[s] = false;
      } else if (CLAUSE_BREAK.test(between)) c++;
    }
    if (between.includes('¿')) asks[s] = true;
    clause.push(c);
    sentence.push(s);
  }
  if (folded.slice(gap).includes('?')) asks[s] = true;
  return { clause, sentence, asks };
}

/** `clausesOf`, read only when a rule first asks: most messages need no clause at all. */
class LazyClauses implements Clauses {
  readonly #folded: string;
  #read: Clauses | undefined;
  constructor(folded: string) {
    this.#folded = folded;
  }
  get #clauses(): Clauses {
    return (this.#read ??= clausesOf(this.#folded));
  }
  get clause() {
    return this.#clauses.clause;
  }
  get sentence() {
    return this.#clauses.sentence;
  }
  get asks() {
    return this.#clauses.asks;
  }
}

export const lazyClausesOf = (folded: string): Clauses => new LazyClauses(folded);

/** Decoded words with their squeezed keys, ready to be matched against lists. */
export interface Words {
  readonly raw: readonly string[];
  readonly keys: readonly string[];
}

/** `tokens` as tokenize() returns them. */
export function wordsFrom(tokens: readonly string[]): Words {
  const raw = tokens.map(deobfuscate);
  return { raw, keys: raw.map(squeeze) };
}

export const wordsOf = (text: string): Words => wordsFrom(tokenize(text));

/** Listed words by length: what a masked word ("m**rda") can stand for. */
export interface MaskIndex {
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

/** Indexes the single-word entries of lists (multi-word entries give each of their words). */
export function compileMasks(entries: readonly string[]): MaskIndex {
  const byLength = new Map<number, string[]>();
  for (const entry of entries) {
    for (const word of wordsOf(entry).raw) {
      if (word.includes('*')) continue;
      const same = byLength.get(word.length) ?? [];
      if (!same.includes(word)) same.push(word);
      byLength.set(word.length, same);
    }
  }
  return { byLength };
}

/** The first listed word a masked word fits ("p*ta" → "puta"): same length, same visible letters. */
export function unmask(word: string, index: MaskIndex): string {
  if (!word.includes('*') || word.startsWith('*')) return word;
  for (const candidate of index.byLength.get(word.length) ?? []) if (fits(word, candidate)) return candidate;
  return word;
}

function fits(masked: string, candidate: string): boolean {
  for (let k = 0; k < masked.length; k++) if (masked[k] !== '*' && masked[k] !== candidate[k]) return false;
  return true;
}

/** Runs of at least this many single letters may be one word spelled out ("f u c k", "h.d.p"). */
export const SPELLED_OUT_MIN = 3;
const SINGLE_LETTER = /^\p{L}$/u;

/**
 * `words` with masked words read as the listed words they fit, and listed words spelled out
 * letter by letter joined into their first letter's place (the other places left empty, so that
 * indexes still match the message's words); the same object when nothing is masked.
 */
export function unmaskWords(words: Words, index: MaskIndex): Words {
  if (!words.raw.some((w) => w.length === 1 || w.includes('*'))) return words;
  let raw: string[] | null = null;
  let run = 0;
  for (let i = 0; i <= words.raw.length; i++) {
    const word = words.raw[i];
    if (word !== undefined && word.length === 1 && SINGLE_LETTER.test(word)) {
      run++;
      continue;
    }
    if (run >= SPELLED_OUT_MIN) {
      const joined = words.raw.slice(i - run, i).join('');
      if (index.byLength.get(joined.length)?.includes(joined)) {
        raw ??= [...words.raw];
        raw[i - run] = joined;
        for (let k = i - run + 1; k < i; k++) raw[k] = '';
      }
    }
    run = 0;
    if (word?.includes('*')) {
      raw ??= [...words.raw];
      raw[i] = unmask(word, index);
    }
  }
  return raw === null ? words : { raw, keys: raw.map(squeeze) };
}

/** A list entry: the phrase as written, and its decoded words and keys. */
interface PhraseEntry {
  readonly phrase: string;
  readonly raw: readonly string[];
  readonly keys: readonly string[];
}

export interface PhraseList {
  /** Entries indexed by their first key; longest first, so the longest phrase wins. */
  readonly byFirstKey: ReadonlyMap<string, readonly PhraseEntry[]>;
}

export function compilePhrases(phrases: readonly string[]): PhraseList {
  const byFirstKey = new Map<string, PhraseEntry[]>();
  for (const phrase of phrases) {
    const { raw, keys } = wordsOf(phrase);
    const first = keys[0];
    if (first === undefined) continue;
    const entries = byFirstKey.get(first) ?? [];
    entries.push({ phrase, raw, keys });
    byFirstKey.set(first, entries);
  }
  for (const entries of byFirstKey.values()) entries.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstKey };
}

export interface PhraseHit {
  phrase: string;
  start: number;
  /** Index after the last word of the hit. */
  end: number;
}

/**
 * Non-overlapping hits of the list in `words`, left to right, longest phrase first at each
 * position. Words marked in `skip` (already claimed by another list) never start or join a hit.
 */
export function findPhrases(words: Words, list: PhraseList, skip?: readonly boolean[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  let i = 0;
  while (i < words.keys.length) {
    const entry = entryAt(words, i, list, skip);
    if (entry) {
      hits.push({ phrase: entry.phrase, start: i, end: i + entry.keys.length });
      i += entry.keys.length;
    } else {
      i += 1;
    }
  }
  return hits;
}

/** `findPhrases(words, list)[0] ?? null`, without reading on past the first hit. */
export function firstPhrase(words: Words, list: PhraseList): PhraseHit | null {
  for (let i = 0; i < words.keys.length; i++) {
    const entry = entryAt(words, i, list);
    if (entry) return { phrase: entry.phrase, start: i, end: i + entry.keys.length };
  }
  return null;
}

/** The longest entry of at most `within` words that starts at word `at`: "is a company named here?". */
export function phraseAt(words: Words, at: number, list: PhraseList, within = Infinity): PhraseHit | null {
  for (const entry of list.byFirstKey.get(words.keys[at] ?? '') ?? []) {
    if (entry.keys.length <= within && matchesAt(words, at, entry, undefined)) return { phrase: entry.phrase, start: at, end: at + entry.keys.length };
  }
  return null;
}

/** The longest entry of the list that starts at word `i` and covers no skipped word. */
function entryAt(words: Words, i: number, list: PhraseList, skip?: readonly boolean[]): PhraseEntry | undefined {
  const entries = list.byFirstKey.get(words.keys[i] ?? '');
  if (entries === undefined) return undefined;
  for (const entry of entries) if (matchesAt(words, i, entry, skip)) return entry;
  return undefined;
}

function matchesAt(words: Words, i: number, entry: PhraseEntry, skip: readonly boolean[] | undefined): boolean {
  const { keys, raw } = entry;
  if (i + keys.length > words.keys.length) return false;
  for (let k = 0; k < keys.length; k++) {
    if (words.keys[i + k] !== keys[k] || skip?.[i + k]) return false;
    const written = words.raw[i + k] ?? '';
    const expected = raw[k] ?? '';
    // Written as in the entry is the common case, and always stretches.
    if (written !== expected && !stretches(written, expected)) return false;
  }
  return true;
}

/** Same squeezed key, and every run of a letter at least as long as in the entry. */
function stretches(word: string, entry: string): boolean {
  let i = 0;
  let j = 0;
  while (i < word.length && j < entry.length) {
    const c = word[i];
    let inWord = 0;
    let inEntry = 0;
    for (; word[i] === c; i++) inWord++;
    for (; entry[j] === c; j++) inEntry++;
    if (inWord < inEntry) return false;
  }
  return i === word.length && j === entry.length;
}

/** Marks the words covered by `hits` in `mask`. */
export function markHits(mask: boolean[], hits: readonly PhraseHit[]): void {
  for (const hit of hits) for (let k = hit.start; k < hit.end; k++) mask[k] = true;
}

/** Distinct phrases of the hits, in the order they first appear in the text. */
export const distinctPhrases = (hits: readonly PhraseHit[]): string[] => [...new Set(hits.map((h) => h.phrase))];
