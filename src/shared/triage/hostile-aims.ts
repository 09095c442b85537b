// Hostility that needs a context rule to be told from an innocent use of the same word: hate
// aimed at the company ("los odio", not "odio esta lluvia"), wishing it harm ("ojalá quiebren",
// not "necesito que se cierre el reclamo"), and animal names said of people ("manga de ratas",
// not "tengo ratas en el patio"; "sos una bestia" is praise unless a complaint goes with it).
import { entriesOf, LEXICONS } from './lexicon.ts';
import { compileCategory, keysOf, stemsAt } from './lexicon-words.ts';
import { compilePhrases, findPhrases, type Clauses, type PhraseHit, type Words } from './text.ts';

const { hostile } = LEXICONS;

const HATE = compileCategory(hostile, 'hate');
const HATE_CLITIC = keysOf(hostile, 'hate_clitic');
/** Words naming the company or its people: "ustedes", "esta empresa", "you guys". */
export const COMPANY = compilePhrases(entriesOf(hostile, 'company'));
const INTENSIFIER = compilePhrases(entriesOf(hostile, 'intensifier'));
export const NEGATION = keysOf(hostile, 'negation');
const CLAUSE_JOIN = keysOf(hostile, 'clause_join');
const WISH = compilePhrases(entriesOf(hostile, 'wish'));
const HARM = compileCategory(hostile, 'harm');
/** Closing is harm only said of the company: at the clause's end or before its name, never before an object ("que se cierre el reclamo"). */
const HARM_CLOSING = compileCategory(hostile, 'harm_closing');
const ANIMALS = keysOf(hostile, 'animal');
/** Animal names also said in praise ("sos una bestia", "es un animal"): an insult only next to a complaint. */
const ANIMALS_PRAISED = keysOf(hostile, 'animal_praise');
/** Words aiming an animal name at people: "son unos", "bunch of", and the company's own name ("ustedes", "you"). */
const AIMED_AT = compilePhrases([...entriesOf(hostile, 'aimed_at'), ...entriesOf(hostile, 'company')]);
/** How many words a wish may run before the harm it wishes ("ojalá que esta empresa quiebre"). */
export const WISH_REACH = 6;

/** Hits of the rules: each is a hostile finding and the words it spends. */
export type Finding = PhraseHit;

/** Where each hit of a list starts, by the index it ends at (or the other way round). */
function hitIndex(words: Words, list: ReturnType<typeof compilePhrases>, by: 'start' | 'end'): number[] {
  const index: number[] = [];
  for (const hit of findPhrases(words, list)) index[by === 'start' ? hit.start : hit.end] = by === 'start' ? hit.end : hit.start;
  return index;
}

const negatedAt = (keys: readonly string[], i: number): boolean => NEGATION.has(keys[i - 1] ?? '') || NEGATION.has(keys[i - 2] ?? '');

/**
 * Hate said of the company: a hate verb after a pronoun ("los odio") or before the company's
 * name ("odio esta empresa", "hate you"), not denied ("no los odio"); a degree said after it
 * ("so much", "con toda mi alma") goes with it.
 */
export function hateIn(words: Words): Finding[] {
  const found: Finding[] = [];
  const { keys } = words;
  let companyEnd: number[] | null = null;
  for (let i = 0; i < keys.length; i++) {
    if (!stemsAt(words, i, HATE) || negatedAt(keys, i)) continue;
    companyEnd ??= hitIndex(words, COMPANY, 'start');
    const before = HATE_CLITIC.has(keys[i - 1] ?? '');
    const target = companyEnd[i + 1];
    if (!before && target === undefined) continue;
    // "I hate you": the subject goes with it.
    const subject = !before && keys[i - 1] === 'i' ? 1 : 0;
    let end = target ?? i + 1;
    end = findPhrases(words, INTENSIFIER).find((h) => h.start === end)?.end ?? end;
    found.push({ phrase: words.raw[i] ?? '', start: i - (before ? 1 : subject), end });
  }
  return found;
}

/**
 * A wish that opens a clause ("ojalá", "que se", "hope you") followed in the same clause by harm.
 * The whole clause is the wish, so none of it is content.
 */
export function harmWishesIn(words: Words, clauses: Clauses): Finding[] {
  const wishes = findPhrases(words, WISH);
  if (wishes.length === 0) return [];
  const { keys } = words;
  const { clause } = clauses;
  const companyStart = hitIndex(words, COMPANY, 'start');
  const harmEnd: number[] = [];
  for (const hit of findPhrases(words, HARM.phrases)) harmEnd[hit.start] = hit.end;
  for (const hit of findPhrases(words, HARM_CLOSING.phrases)) harmEnd[hit.start] = hit.end;
  const found: Finding[] = [];
  for (const wish of wishes) {
    const opens = wish.start === 0 || clause[wish.start - 1] !== clause[wish.start] || CLAUSE_JOIN.has(keys[wish.start - 1] ?? '');
    if (!opens) continue;
    const here = clause[wish.start];
    let harm = -1;
    for (let j = wish.end; j < keys.length && j <= wish.end + WISH_REACH && clause[j] === here; j++) {
      if (NEGATION.has(keys[j] ?? '')) break;
      const to = harmEnd[j] ?? (stemsAt(words, j, HARM) || stemsAt(words, j, HARM_CLOSING) ? j + 1 : -1);
      if (to < 0) continue;
      if (isClosing(words, j) && !(clause[to] !== here || companyStart[to] !== undefined || CLAUSE_JOIN.has(keys[to] ?? ''))) continue;
      harm = to;
      break;
    }
    if (harm < 0) continue;
    let end = harm;
    while (end < keys.length && clause[end] === here) end++;
    found.push({ phrase: words.raw.slice(wish.start, harm).join(' '), start: wish.start, end });
  }
  return found;
}

const isClosing = (words: Words, j: number): boolean =>
  stemsAt(words, j, HARM_CLOSING) || findPhrases(words, HARM_CLOSING.phrases).some((h) => h.start === j);

/**
 * Animal names said of people: after "son unos", "manga de", "you", "bunch of"…, or alone in
 * their clause as a call ("¡Ratas!", "burros, …"). Names also said in praise count only next to
 * a complaint and without thanks or praise.
 */
export function animalInsultsIn(words: Words, clauses: Clauses, complaintWithoutPraise: () => boolean): Finding[] {
  const { keys } = words;
  if (!keys.some((k) => ANIMALS.has(k) || ANIMALS_PRAISED.has(k))) return [];
  const aimedStart = hitIndex(words, AIMED_AT, 'end');
  const { clause } = clauses;
  const found: Finding[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    const praised = ANIMALS_PRAISED.has(key);
    if (!ANIMALS.has(key) && !praised) continue;
    let start = i;
    while (aimedStart[start] !== undefined) start = aimedStart[start] ?? start;
    const alone = clause[i - 1] !== clause[i] && clause[i + 1] !== clause[i];
    if (start === i && !alone) continue;
    if (praised && !complaintWithoutPraise()) continue;
    found.push({ phrase: words.raw[i] ?? key, start, end: i + 1 });
  }
  return found;
}
