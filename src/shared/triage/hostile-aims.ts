// Hostility that needs a context rule to be told from an innocent use of the same word: hate
// aimed at the company ("los odio", not "odio esperar"), wishing it harm ("ojalá quiebren"),
// and animal names said of people ("manga de ratas", not "tengo ratas en el patio").
import { entriesOf, LEXICONS, stemEntriesOf } from './lexicon.ts';
import { compileStems, stemMatch } from './stems.ts';
import { compilePhrases, findPhrases, wordsOf, type PhraseHit, type Words } from './text.ts';

const { hostile } = LEXICONS;
const keysOf = (category: string): Set<string> => new Set(entriesOf(hostile, category).flatMap((e) => wordsOf(e).keys));
const singleWords = (category: string) => stemEntriesOf(hostile, category).filter((e) => !e.word.includes(' '));

const HATE = compileStems(stemEntriesOf(hostile, 'hate'));
const HATE_CLITIC = keysOf('hate_clitic');
const HATE_TARGET = keysOf('hate_target');
const WISH = compilePhrases(entriesOf(hostile, 'wish'));
const HARM = compileStems(singleWords('harm'));
const HARM_PHRASES = compilePhrases(entriesOf(hostile, 'harm').filter((e) => e.includes(' ')));
const ANIMALS = keysOf('animal');
const AIMED_AT = compilePhrases(entriesOf(hostile, 'aimed_at'));
const NEGATION = new Set(['no', 'ni', 'not', 'dont', 'doesnt', 'never', 'nunca', 't']);
/** How many words a wish may run before the harm it wishes ("ojalá que esta empresa quiebre"). */
export const WISH_REACH = 6;

/** Hits of the rules: each is a hostile finding and the words it spends. */
export type Finding = PhraseHit;

/** Hate said of someone: a hate verb after a pronoun ("los odio") or before its target ("odio esta empresa", "hate you"). */
export function hateIn(words: Words): Finding[] {
  const found: Finding[] = [];
  const { keys } = words;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (stemMatch(words.raw[i] ?? key, HATE) === null) continue;
    const before = HATE_CLITIC.has(keys[i - 1] ?? '');
    const after = HATE_TARGET.has(keys[i + 1] ?? '');
    if (!before && !after) continue;
    // "I hate you": the subject goes with it.
    const subject = i > 0 && !before && keys[i - 1] === 'i' ? 1 : 0;
    found.push({ phrase: words.raw[i] ?? key, start: i - (before ? 1 : subject), end: i + (after ? 2 : 1) });
  }
  return found;
}

/** A wish ("ojalá", "hope you", "que se") followed within a few words by harm; chained harms join it. */
export function harmWishesIn(words: Words): Finding[] {
  const wishes = findPhrases(words, WISH);
  if (wishes.length === 0) return [];
  const harmEnd: number[] = [];
  for (const hit of findPhrases(words, HARM_PHRASES)) harmEnd[hit.start] = hit.end;
  const found: Finding[] = [];
  let covered = 0;
  for (const wish of wishes) {
    if (wish.start < covered) continue;
    let end = -1;
    let last = wish.end;
    for (let j = wish.end; j < words.keys.length && j <= last + WISH_REACH; j++) {
      const key = words.keys[j] ?? '';
      if (NEGATION.has(key) && end < 0) break;
      const to = harmEnd[j] ?? (stemMatch(words.raw[j] ?? key, HARM) !== null ? j + 1 : -1);
      if (to < 0) continue;
      end = to;
      last = to;
      j = to - 1;
    }
    if (end < 0) continue;
    found.push({ phrase: words.raw.slice(wish.start, end).join(' '), start: wish.start, end });
    covered = end;
  }
  return found;
}

/**
 * Animal names said of people: after "son unos", "manga de", "you", "bunch of"…, or alone as a
 * call ("¡Ratas!", "burros, …burros"): the first word of the message, alone or said again.
 */
export function animalInsultsIn(words: Words): Finding[] {
  const { keys } = words;
  let any = false;
  for (const key of keys) if (ANIMALS.has(key)) any = true;
  if (!any) return [];
  const aimedStart: number[] = [];
  for (const hit of findPhrases(words, AIMED_AT)) aimedStart[hit.end] = hit.start;
  const found: Finding[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (!ANIMALS.has(key)) continue;
    let start = i;
    while (aimedStart[start] !== undefined) start = aimedStart[start] ?? start;
    const called = i === 0 && (keys.length === 1 || keys.indexOf(key, 1) > 0);
    if (start < i || called) found.push({ phrase: words.raw[i] ?? key, start, end: i + 1 });
  }
  return found;
}
