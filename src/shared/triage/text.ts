// How triage rules read a message: as a list of folded words ("Vergüenza" → "verguenza"),
// matched against word lists with leetspeak decoded ("est4fa" → "estafa") and repeated letters
// allowed to stretch a word ("ladronesss", "chorrrros") but never to shrink it ("foros" is not
// "forros"). Phrases are matched word by word, so "baja" never matches inside "trabajamos" and
// any run of spaces or punctuation between words is one gap. Everything here is linear in the
// length of the text: no regex can backtrack badly.
import { fold } from '../template-search.ts';

// A word: letters and digits, plus the characters customers use to mask letters ("f***", "l@dron").
const WORD = /[\p{L}\p{N}*@$]+/gu;
const REPEATED_LETTER = /(\p{L})\1+/gu;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const LEET_CHAR = /[013457@$]/g;
const LETTER = /\p{L}/u;

/** "chorrrros" → "choros": the key words are compared by. */
export const squeeze = (word: string): string => word.replace(REPEATED_LETTER, '$1');

/** The folded words of a message. Mentions ("@Atiende") are not words: they only address the company. */
export const tokenize = (text: string): string[] => tokenizeFolded(fold(text));

/** `tokenize` of a text already folded. */
export function tokenizeFolded(folded: string): string[] {
  const words: string[] = [];
  for (const [raw] of folded.matchAll(WORD)) {
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
  if (!LETTER.test(word)) return word; // a plain number stays a number
  return word.replace(LEET_CHAR, (c) => LEET[c] ?? c);
}

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

export interface PhraseList {
  /** Entries indexed by their first key; longest first, so the longest phrase wins. */
  readonly byFirstKey: ReadonlyMap<string, readonly { phrase: string; words: Words }[]>;
}

export function compilePhrases(phrases: readonly string[]): PhraseList {
  const byFirstKey = new Map<string, { phrase: string; words: Words }[]>();
  for (const phrase of phrases) {
    const words = wordsOf(phrase);
    const first = words.keys[0];
    if (first === undefined) continue;
    const entries = byFirstKey.get(first) ?? [];
    entries.push({ phrase, words });
    byFirstKey.set(first, entries);
  }
  for (const entries of byFirstKey.values()) entries.sort((a, b) => b.words.keys.length - a.words.keys.length);
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
  const { raw, keys } = words;
  let i = 0;
  while (i < keys.length) {
    const entries = skip?.[i] ? undefined : list.byFirstKey.get(keys[i] ?? '');
    const entry = entries?.find((e) =>
      e.words.keys.every((key, k) => keys[i + k] === key && !skip?.[i + k] && stretches(raw[i + k] ?? '', e.words.raw[k] ?? '')),
    );
    if (entry) {
      hits.push({ phrase: entry.phrase, start: i, end: i + entry.words.keys.length });
      i += entry.words.keys.length;
    } else {
      i += 1;
    }
  }
  return hits;
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
