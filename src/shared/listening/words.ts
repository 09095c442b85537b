// How a written word is compared with a brand keyword: case, accents, c/k/q, doubled letters and
// digits written for letters ("c0necta") are folded away, then one edit (insertion, deletion,
// substitution or two letters swapped: Damerau–Levenshtein) is forgiven on words of 6+ letters.
import { distance } from 'fastest-levenshtein';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Words shorter than this must match exactly (after folding): one edit is too much of them. */
export const FUZZY_MIN_LENGTH = 6;

export const foldAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Whether the word's digits all stand for letters (c0n3cta), not a number or a code (conecta2,
 * conecta4): a digit that ends the word is read as a number.
 */
export const digitsAreLetters = (word: string): boolean =>
  !/\p{N}/u.test(word) || (!/\p{N}$/u.test(word) && Array.from(word).every((c) => !/\p{N}/u.test(c) || c in LEET) && /\p{L}/u.test(word));

/** The word as compared: lower case, no accents, digits as letters, k/q as c, no doubled letters. */
export function folded(word: string): string {
  const lower = foldAccents(word.toLowerCase());
  const letters = Array.from(lower, (c) => LEET[c] ?? c).join('');
  return letters.replace(/qu/g, 'c').replace(/[kq]/g, 'c').replace(/(.)\1+/g, '$1');
}

/** Whether `b` is `a` with two neighbouring letters swapped ("conceta", "conecta"). */
function isOneSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Damerau–Levenshtein distance, when it is at most 1 (else 2: "more than one"). */
export function editsUpToOne(a: string, b: string): 0 | 1 | 2 {
  if (a === b) return 0;
  if (a.length === b.length && isOneSwap(a, b)) return 1;
  return Math.abs(a.length - b.length) > 1 ? 2 : distance(a, b) <= 1 ? 1 : 2;
}

/** Whether `word` is written as the keyword is (exactly, or one forgiven edit away). */
export function spellsKeyword(word: string, keyword: string): boolean {
  if (!digitsAreLetters(word)) return false;
  const w = folded(word);
  const k = folded(keyword);
  if (w === k) return true;
  return k.length >= FUZZY_MIN_LENGTH && w.length >= FUZZY_MIN_LENGTH && editsUpToOne(w, k) === 1;
}
