// Impatience and exasperation: the customer has asked before and is tired of waiting ("por
// quinta vez", "ya pregunté 3 veces", "¿qué parte de … no entienden?", "NOW"). It makes a
// message hostile (C) but, like shouting, never a troll's: there is always something asked.
import { entriesOf, LEXICONS, stemEntriesOf } from './lexicon.ts';
import { compileStems, stemMatch } from './stems.ts';
import { compilePhrases, findPhrases, wordsOf, type Words } from './text.ts';
import type { Finding } from './hostile-aims.ts';

const { hostile } = LEXICONS;
const keysOf = (category: string): Set<string> => new Set(entriesOf(hostile, category).flatMap((e) => wordsOf(e).keys));

const EXASPERATION = compilePhrases(entriesOf(hostile, 'impatience'));
const ORDINAL = keysOf('repeat_ordinal');
const UNIT = keysOf('repeat_unit');
const CONTACT = compileStems(stemEntriesOf(hostile, 'contact'));
const MANY = new Set(['tres', 'cuatro', 'cinco', 'seis', 'diez', 'cien', 'mil', 'three', 'four', 'five', 'six', 'ten', 'hundred', 'million']);
/** How far before "3 veces" the verb of asking may be ("ya les pregunté esto 3 veces"). */
const CONTACT_REACH = 4;
const ORDERS = entriesOf(hostile, 'order_now');
const ORDER_KEYS = new Set(ORDERS.map((o) => wordsOf(o).keys[0] ?? ''));
// An order in capitals, as a whole word: "la baja AHORA", "Cancel it NOW".
const ORDER_IN_CAPITALS = new RegExp(`(?:^|[^\\p{L}])(?:${ORDERS.map((o) => o.replace(' ', '\\s+')).join('|')})(?![\\p{L}])`, 'u');

export function impatienceIn(words: Words, raw: string): Finding[] {
  const found: Finding[] = findPhrases(words, EXASPERATION);
  const { keys } = words;
  for (let i = 0; i + 1 < keys.length; i++) {
    if (!UNIT.has(keys[i + 1] ?? '')) continue;
    const key = keys[i] ?? '';
    if (ORDINAL.has(key) || (isMany(key) && askedBefore(words, i))) found.push({ phrase: `${words.raw[i]} ${words.raw[i + 1]}`, start: i, end: i + 2 });
  }
  // Read from the text as written (capitals are the point); it spends no words.
  const order = keys.some((k) => ORDER_KEYS.has(k)) ? ORDER_IN_CAPITALS.exec(raw) : null;
  if (order) found.push({ phrase: order[0].replace(/^[^\p{L}]/u, ''), start: 0, end: 0 });
  return found;
}

const isMany = (key: string): boolean => MANY.has(key) || (/^\d+$/.test(key) && Number(key) >= 3);

function askedBefore(words: Words, i: number): boolean {
  for (let j = Math.max(0, i - CONTACT_REACH); j < i; j++) if (stemMatch(words.raw[j] ?? '', CONTACT) !== null) return true;
  return false;
}
