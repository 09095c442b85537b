// Impatience and exasperation: the customer has asked before and is tired of waiting ("por
// quinta vez", "ya pregunté 3 veces", "¿qué parte de … no entienden?", "NOW"). It makes a
// message hostile (C) but, like shouting, never a troll's: there is always something asked.
// The same words in an ordinary question stay ordinary: "¿cuántas veces puedo cambiar de plan?",
// "¿hasta cuándo dura la promo?", "¿puedo pagar todo de una vez?".
import type { Finding } from './hostile-aims.ts';
import { NEGATION } from './hostile-aims.ts';
import { entriesOf, LEXICONS } from './lexicon.ts';
import { compileCategory, keysOf, stemsAt } from './lexicon-words.ts';
import { compilePhrases, findPhrases, type Clauses, type PhraseHit, type Words, wordsOf } from './text.ts';

const { hostile } = LEXICONS;

/**
 * The phrase categories impatience reads, found in one pass: `impatience` counts by itself;
 * `rhetorical` ("¿qué esperan?") only opening a clause of a question; an `insistence_lead`
 * ("cuántas veces", "what part of") only with `insistence` after it in its clause ("… tengo
 * que") or a `negation` ("… no entienden"); a `human` next to `genuine` ("persona de verdad", "real person");
 * `in_vain` ("para nada") not opening its clause and not denied; `more` after an endure verb.
 */
const PHRASE_CATEGORIES = ['impatience', 'rhetorical', 'insistence_lead', 'insistence', 'human', 'genuine', 'in_vain', 'more'] as const;
type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];
const CATEGORY_OF = new Map<string, PhraseCategory>();
for (const category of PHRASE_CATEGORIES) for (const entry of entriesOf(hostile, category)) CATEGORY_OF.set(entry, category);
const PHRASES = compilePhrases([...CATEGORY_OF.keys()]);
const EVEN_SUBJECT = keysOf(hostile, 'even_subject');
const ENDURE = compileCategory(hostile, 'endure');
const ORDINAL = keysOf(hostile, 'repeat_ordinal');
const UNIT = keysOf(hostile, 'repeat_unit');
const CONTACT = compileCategory(hostile, 'contact');
const MANY = keysOf(hostile, 'many');
/** How far before "3 veces" the verb of asking may be ("ya les pregunté esto 3 veces"). */
const CONTACT_REACH = 4;
/** How far a "no" may be before "aguanto" and "más" after it ("no se los aguanta más"). */
const ENDURE_REACH = 3;
const ORDERS = entriesOf(hostile, 'order_now');
const ORDER_KEYS = new Set(ORDERS.map((o) => wordsOf(o).keys[0] ?? ''));
// An order in capitals, as a whole word: "la baja AHORA", "Cancel it NOW".
const ORDER_IN_CAPITALS = new RegExp(`(?:^|[^\\p{L}])(?:${ORDERS.map((o) => o.replace(' ', '\\s+')).join('|')})(?![\\p{L}])`, 'u');

export function impatienceIn(words: Words, raw: string, clauses: Clauses): Finding[] {
  const { keys } = words;
  // Clauses are read lazily: only once a phrase that needs them is found.
  const opens = (i: number) => i === 0 || clauses.clause[i - 1] !== clauses.clause[i];
  const asks = (i: number) => clauses.asks[clauses.sentence[i] ?? 0] === true;
  const hits = findPhrases(words, PHRASES);
  const of = (category: PhraseCategory): PhraseHit[] => (hits.length === 0 ? hits : hits.filter((h) => CATEGORY_OF.get(h.phrase) === category));
  const found: Finding[] = [...of('impatience')];
  for (const hit of of('rhetorical')) if (opens(hit.start) && asks(hit.start)) found.push(hit);
  for (const hit of of('insistence_lead')) {
    const sameClause = (j: number) => j >= hit.end && clauses.clause[j] === clauses.clause[hit.start];
    const denied = keys.some((k, j) => NEGATION.has(k) && sameClause(j));
    if (denied || of('insistence').some((s) => sameClause(s.start))) found.push(hit);
  }
  for (const hit of of('in_vain')) {
    if (!opens(hit.start) && !deniedInClause(keys, clauses.clause, hit.start)) found.push(hit);
  }
  found.push(...adjacent(words, of('human'), of('genuine')), ...adjacent(words, of('genuine'), of('human')));
  const moreAt = new Set(of('more').map((h) => h.start));
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (key === 'even' && EVEN_SUBJECT.has(keys[i - 1] ?? '')) found.push({ phrase: `${words.raw[i - 1]} even`, start: i - 1, end: i + 1 });
    if (UNIT.has(keys[i + 1] ?? '') && (ORDINAL.has(key) || (isMany(key) && askedBefore(words, i)))) {
      found.push({ phrase: `${words.raw[i]} ${words.raw[i + 1]}`, start: i, end: i + 2 });
    }
    // "¿responden o no?": a contact verb put as a yes-or-no challenge.
    if (keys[i + 1] === 'o' && keys[i + 2] === 'no' && asks(i) && stemsAt(words, i, CONTACT)) {
      found.push({ phrase: `${words.raw[i]} o no`, start: i, end: i + 3 });
    }
    if (moreAt.size > 0 && (moreAt.has(i + 1) || moreAt.has(i + 2)) && deniedNear(keys, i) && stemsAt(words, i, ENDURE)) {
      found.push({ phrase: words.raw[i] ?? key, start: i, end: i + 1 });
    }
  }
  // Read from the text as written (capitals are the point); it spends no words.
  const order = keys.some((k) => ORDER_KEYS.has(k)) ? ORDER_IN_CAPITALS.exec(raw) : null;
  if (order) found.push({ phrase: order[0].replace(/^[^\p{L}]/u, ''), start: 0, end: 0 });
  return found;
}

const isMany = (key: string): boolean => MANY.has(key) || (/^\d+$/.test(key) && Number(key) >= 3);

function askedBefore(words: Words, i: number): boolean {
  for (let j = Math.max(0, i - CONTACT_REACH); j < i; j++) if (stemsAt(words, j, CONTACT)) return true;
  return false;
}

function deniedInClause(keys: readonly string[], clause: readonly number[], i: number): boolean {
  for (let j = i - 1; j >= 0 && clause[j] === clause[i]; j--) if (NEGATION.has(keys[j] ?? '')) return true;
  return false;
}

function deniedNear(keys: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - ENDURE_REACH); j < i; j++) if (NEGATION.has(keys[j] ?? '')) return true;
  return false;
}

/** A hit of `first` right before one of `second`: "persona de verdad", "real person". */
function adjacent(words: Words, first: readonly PhraseHit[], second: readonly PhraseHit[]): PhraseHit[] {
  const found: PhraseHit[] = [];
  for (const a of first) {
    const b = second.find((s) => s.start === a.end);
    if (b) found.push({ phrase: words.raw.slice(a.start, b.end).join(' '), start: a.start, end: b.end });
  }
  return found;
}
