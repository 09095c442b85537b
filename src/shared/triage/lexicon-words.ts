// A lexicon category compiled once, in the shapes context rules read it: a set of word keys, or
// single words to stem and phrases to match word by word.
import { entriesOf, stemEntriesOf, type Lexicon } from './lexicon.ts';
import { compileStems, stemMatch } from './stems.ts';
import { compilePhrases, findPhrases, type PhraseHit, type PhraseList, type Words, wordsOf } from './text.ts';

/** The keys (folded, squeezed, as text.ts matches them) of every word in the categories' entries. */
export const keysOf = (lexicon: Lexicon, ...categories: string[]): ReadonlySet<string> =>
  new Set(entriesOf(lexicon, ...categories).flatMap((e) => wordsOf(e).keys));

/** A category whose single words match in any form (stemmed) and whose phrases match as written. */
export interface CompiledCategory {
  readonly stems: ReturnType<typeof compileStems>;
  readonly phrases: PhraseList;
}

export function compileCategory(lexicon: Lexicon, ...categories: string[]): CompiledCategory {
  return {
    stems: compileStems(categories.flatMap((category) => stemEntriesOf(lexicon, category)).filter((e) => !e.word.includes(' '))),
    phrases: compilePhrases(entriesOf(lexicon, ...categories).filter((e) => e.includes(' '))),
  };
}

/** The phrases of a compiled category in `words`, then each single word that stems like one of its words. */
export function findCategory(words: Words, category: CompiledCategory): PhraseHit[] {
  const found = findPhrases(words, category.phrases);
  for (let i = 0; i < words.raw.length; i++) {
    const raw = words.raw[i] ?? '';
    if (stemMatch(raw, category.stems) !== null) found.push({ phrase: raw, start: i, end: i + 1 });
  }
  return found;
}

/** Whether the word at `i` is one of the category's single words, in any form. */
export const stemsAt = (words: Words, i: number, category: CompiledCategory): boolean =>
  stemMatch(words.raw[i] ?? '', category.stems) !== null;
