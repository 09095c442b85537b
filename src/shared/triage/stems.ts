// Word stems, so that a list names a verb once and catches its forms: "cancelen", "cancelamos"
// and "canceló" are all "cancel". The Snowball stemmers (@orama/stemmers, pure JavaScript, one
// small module per language) do the work; lists compile their entries to stems once. Stemming
// costs about a microsecond a word, so a word is stemmed only when its first letters could start
// a stem of the list: most words of most messages never are.
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as spanish } from '@orama/stemmers/spanish';

export type StemLanguage = 'es' | 'en';

const STEMMERS: Record<StemLanguage, (word: string) => string> = { es: spanish, en: english };
const PREFIX = 3;
// Stretched letters ("cancelennn", "odiooo") stem as the word; double letters stay ("cancelled").
const STRETCHED = /(\p{L})\1{2,}/gu;

/** The word with stretched letters shrunk to one ("caaancelen" → "cancelen"); most words have none. */
export function unstretch(word: string): string {
  for (let i = 2; i < word.length; i++) {
    if (word[i] === word[i - 1] && word[i] === word[i - 2]) return word.replace(STRETCHED, '$1');
  }
  return word;
}

/** The first letters a list is filtered by, taken after stretched letters are shrunk. */
export function prefixOf(word: string): string {
  // Only a stretch that starts within the first letters changes them: look no further.
  for (let i = 2; i < Math.min(word.length, PREFIX + 2); i++) {
    if (word[i] === word[i - 1] && word[i] === word[i - 2]) return unstretch(word).slice(0, PREFIX);
  }
  return word.slice(0, PREFIX);
}

// Customers use a few thousand words, and several lists ask for the same word's stem: each stem
// is computed once and kept, up to a bound that a long session's vocabulary never outgrows.
const KEPT: Record<StemLanguage, Map<string, string>> = { es: new Map(), en: new Map() };
const KEEP_AT_MOST = 50_000;

/** The stem of a folded word in a language. */
export function stemOf(word: string, lang: StemLanguage): string {
  const kept = KEPT[lang];
  let stem = kept.get(word);
  if (stem === undefined) {
    if (kept.size >= KEEP_AT_MOST) kept.clear();
    stem = STEMMERS[lang](unstretch(word));
    kept.set(word, stem);
  }
  return stem;
}

export interface StemEntry {
  /** A word as customers write it, folded: "cancelar", "hate". */
  word: string;
  lang: StemLanguage;
}

export interface StemList {
  readonly stems: Record<StemLanguage, ReadonlyMap<string, string>>;
  /** First letters of every stem: a word starting otherwise is never stemmed. */
  readonly prefixes: ReadonlySet<string>;
}

/** Compiles entries to their stems; each stem remembers the entry word it came from. */
export function compileStems(entries: readonly StemEntry[]): StemList {
  const stems: Record<StemLanguage, Map<string, string>> = { es: new Map(), en: new Map() };
  const prefixes = new Set<string>();
  for (const { word, lang } of entries) {
    const stem = stemOf(word, lang);
    if (!stems[lang].has(stem)) stems[lang].set(stem, word);
    prefixes.add(stem.slice(0, PREFIX));
  }
  return { stems, prefixes };
}

/** The entry word whose stem `word` shares, in either language; null when none does. */
export function stemMatch(word: string, list: StemList): string | null {
  if (!list.prefixes.has(prefixOf(word))) return null;
  for (const lang of ['es', 'en'] as const) {
    const entry = list.stems[lang].get(stemOf(word, lang));
    if (entry !== undefined) return entry;
  }
  return null;
}
