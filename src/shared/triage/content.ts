// Whether a message carries something an agent can act on: a question, a problem, a word about
// the service, a request, a number. Greetings, courtesy, laughter, insults, mentions, emoji and
// keyboard mashing carry nothing, so a message made only of them is type D (or E if hostile).
import { ANNOUNCES_QUESTION, COURTESY, FILLERS, KEYBOARD_ROWS, LAUGHTER, SERVICE_WORDS } from './content-words.ts';
import { compilePhrases, findPhrases, markHits, wordsOf, type PhraseList, type Words } from './text.ts';

const NOT_CONTENT = compilePhrases([...COURTESY, ...ANNOUNCES_QUESTION, ...FILLERS, ...LAUGHTER]);
const SERVICE = new Set(SERVICE_WORDS.flatMap((w) => wordsOf(w).keys));
const DIGIT = /\d/;
const VOWEL = /[aeiouy]/;

export interface ContentInput {
  /** Folded words as written (numbers intact), from text.ts `tokenize`. */
  plain: readonly string[];
  /** The same words decoded for list matching (text.ts `wordsFrom`). */
  words: Words;
  /** Words already spent on something that is not content, such as insults. */
  claimed: readonly boolean[];
  /** More words to set aside, e.g. the stock replies to a promo. */
  alsoEmpty?: PhraseList;
}

/**
 * The words left once courtesy, grammar, laughter, gibberish and claimed words are set aside,
 * as squeezed keys (digits intact).
 */
export function contentWords(input: ContentInput): string[] {
  const { plain, words, alsoEmpty } = input;
  const setAside = [...input.claimed];
  if (alsoEmpty) markHits(setAside, findPhrases(words, alsoEmpty, setAside));
  markHits(setAside, findPhrases(words, NOT_CONTENT, setAside));
  const left: string[] = [];
  for (let i = 0; i < words.keys.length; i++) {
    if (setAside[i]) continue;
    const key = words.keys[i] ?? '';
    const written = plain[i] ?? key;
    // A number is kept as written; other words by their key.
    if (DIGIT.test(written)) left.push(written);
    else if (carriesMeaning(key)) left.push(key);
  }
  return left;
}

/**
 * Content: a number, a word about the service, two or more other words, or one word asked as a
 * question ("Uruguay?"). A single stray word ("problema") still needs the agent to ask.
 */
export function hasContent(left: readonly string[], asksSomething: boolean): boolean {
  if (left.some((w) => DIGIT.test(w) || SERVICE.has(w))) return true;
  return left.length >= 2 || (left.length === 1 && asksSomething);
}

/** A word without digits: not a stray letter, laughter or gibberish. */
function carriesMeaning(key: string): boolean {
  if (key.length < 2 || isLaughter(key)) return false;
  return !isGibberish(key);
}

/** "jajaja", "jsjsjs", "hahaha", "jejeje": one consonant alternating with vowels (not "hija"). */
export function isLaughter(word: string): boolean {
  if (word.length < 4) return false;
  const consonant = word.includes('j') ? 'j' : 'h';
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    if (c === consonant) count++;
    else if (!'aeis'.includes(c) || (i > 0 && word[i - 1] !== consonant)) return false;
  }
  return count >= 2;
}

/** Keyboard runs ("asdfgh", "qwerty") and long words without a vowel. */
function isGibberish(word: string): boolean {
  if (word.length < 4) return false;
  return KEYBOARD_ROWS.some((row) => row.includes(word)) || !VOWEL.test(word);
}
