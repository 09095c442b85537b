// Whether a public post talks about the brand, and in which form it wrote it: the post's words
// against each keyword (its listed misspellings, then the fuzzy rules of words.ts), a real word
// one edit away is never the brand, and a keyword that is also an everyday word is read in
// context (context.ts).
import { NEAR_WORDS, postFacts, readInContext, type PostFacts, type Word } from './context.ts';
import type { ListeningDocument } from './document.ts';
import { foldAccents, folded, spellsKeyword } from './words.ts';

export interface BrandMatch {
  /** The keyword as the document writes it: "Conecta". */
  keyword: string;
  /** The brand as the post wrote it: "konecta", "c0necta". */
  form: string;
}

/** The post's words, each with its hashtag or mention sign and whether it starts a sentence. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let end = 0;
  for (const m of text.matchAll(/((?<=^|\s)[#@])?([\p{L}\p{N}]+)/gu)) {
    const gap = text.slice(end, m.index);
    const sentenceStart = words.length === 0 || /[.!?¡¿:\n]/u.test(gap);
    words.push({ text: m[2] ?? '', sign: (m[1] ?? '') as Word['sign'], sentenceStart, pauseBefore: !sentenceStart && /[,;()"«»—–]/u.test(gap) });
    end = m.index + m[0].length;
  }
  return words;
}

// Folded as the post's words are, so "connecté", "colectá" or "konecto" are still these words
const NEAR_FOLDED = new Set([...NEAR_WORDS].map(folded));

const writtenAs = (word: string, keyword: string): boolean => foldAccents(word.toLowerCase()) === foldAccents(keyword.toLowerCase());

/** The first word of `text` naming a keyword of `doc`, or null when the post does not. */
export function matchBrand(text: string, doc: Pick<ListeningDocument, 'keywords'>): BrandMatch | null {
  const words = wordsOf(text);
  let facts: PostFacts | undefined;
  for (const [i, word] of words.entries()) {
    const fold = folded(word.text);
    for (const { keyword, forms, common } of doc.keywords) {
      // a real word one edit away, unless it folds to the keyword itself ("conectá": read in context)
      if (NEAR_FOLDED.has(fold) && fold !== folded(keyword)) continue;
      const listed = (forms ?? []).some((form) => folded(form) === folded(word.text));
      if (!listed && !spellsKeyword(word.text, keyword)) continue;
      if (common && writtenAs(word.text, keyword) && readInContext(words, i, (facts ??= postFacts(words))).reading === 'word') continue;
      return { keyword, form: word.text };
    }
  }
  return null;
}
