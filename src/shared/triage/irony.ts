// Mockery and sarcasm: laughter aimed at the company ("JAJAJA", "lmao … 4 hours on hold") and
// praise that means the opposite ("genios, me cobraron dos veces 👏"). Friendly laughter with
// thanks and a real compliment with 🙂 are neither.
import { isLaughter } from './content.ts';
import { entriesOf, LEXICONS, PRAISE, PROBLEMS, stemEntriesOf } from './lexicon.ts';
import type { Finding } from './hostile-aims.ts';
import { compileStems, stemMatch } from './stems.ts';
import { compilePhrases, findPhrases, firstPhrase, type Words } from './text.ts';

const { emoji, hostile, sarcasm } = LEXICONS;
const PRAISING = compilePhrases(PRAISE);
const IRONIC = compilePhrases(entriesOf(sarcasm, 'ironic'));
const COMPLAINT_PHRASES = compilePhrases([...PROBLEMS, ...entriesOf(sarcasm, 'complaint').filter((e) => e.includes(' '))]);
const COMPLAINT = compileStems(stemEntriesOf(sarcasm, 'complaint').filter((e) => !e.word.includes(' ')));
/** "ya anda", "fixed": praise next to a problem solved is praise. */
const RESOLVED = compilePhrases(entriesOf(sarcasm, 'resolved'));
const MOCKERY = compilePhrases(entriesOf(hostile, 'mockery'));
const IRONIC_EMOJI = entriesOf(emoji, 'ironic');
/** Emoji that are ironic whatever else is said; the others (🙂 👍 👏) only next to a put-down. */
const PLAINLY_IRONIC = new Set(['🙃', '🙄', '😒', '😌']);
const MOCKING_EMOJI = entriesOf(emoji, 'mocking');
/** Laughter that sneers: rarely typed to a company in friendship. */
const DERISIVE = new Set(['lmao', 'lmfao', 'rofl']);
const THANKS = new Set(['gracias', 'grax', 'thanks', 'thank', 'thx', 'ty', 'tks']);
/** An ironic marker that needs its object to be a complaint: "gracias por cortarme". */
const NEEDS_OBJECT = new Set(['por', 'for']);
// Laughter in capitals: "JAJAJA", "LOL", "LMAO". Each repetition consumes two fixed letters, so
// nothing backtracks.
const CAPITAL_LAUGHTER = /(?:^|[^\p{L}])(?:(?:J[AEIS]){2,}J?|(?:H[AE]){2,}H?|LO+L|LMF?AO+|ROFL)(?![\p{L}])/u;

const thanks = (words: Words): boolean => words.keys.some((k) => THANKS.has(k));

/** A stated problem or a bad event: "sin señal", "me cobraron", "charged twice", "on hold". */
export function complains(words: Words): boolean {
  if (firstPhrase(words, COMPLAINT_PHRASES) !== null) return true;
  return words.raw.some((w) => stemMatch(w, COMPLAINT) !== null);
}

/** Laughter used to mock: in capitals, next to a put-down or a mocking emoji, or sneering at a complaint. */
export function mockeryIn(words: Words, raw: string, complaint: () => boolean): Finding[] {
  const laughs = words.keys.some((k) => isLaughter(k) || k === 'lol' || DERISIVE.has(k));
  if (!laughs) return [];
  const putDowns = findPhrases(words, MOCKERY);
  const mocking = putDowns.length > 0 || MOCKING_EMOJI.some((e) => raw.includes(e));
  const sneer = words.keys.some((k) => DERISIVE.has(k)) && complaint();
  const capitals = CAPITAL_LAUGHTER.test(raw) && !thanks(words);
  if (!mocking && !sneer && !capitals) return [];
  const laughter = words.keys.findIndex((k) => isLaughter(k) || k === 'lol' || DERISIVE.has(k));
  return [{ phrase: words.raw[laughter] ?? 'laughter', start: laughter, end: laughter + 1 }, ...putDowns];
}

/**
 * Sarcasm: praise or an ironic marker ("genios", "gracias por …", "best company ever") next to
 * a complaint or an ironic emoji; unless the problem is said to be solved ("ya anda", "fixed"),
 * when only a plainly ironic emoji (🙃 🙄) still makes it sarcasm. The findings are the praise
 * and markers, which are not content.
 */
export function sarcasmIn(words: Words, raw: string, complaint: () => boolean): Finding[] {
  const praise = findPhrases(words, PRAISING);
  const markers = findPhrases(words, IRONIC);
  if (praise.length === 0 && markers.length === 0) return [];
  const plainlyIronic = IRONIC_EMOJI.some((e) => PLAINLY_IRONIC.has(e) && raw.includes(e));
  const winks = IRONIC_EMOJI.some((e) => raw.includes(e));
  // "gracias por <algo malo>": the thanks are ironic only when what follows is the complaint.
  const standalone = markers.filter((m) => !NEEDS_OBJECT.has(words.keys[m.end - 1] ?? ''));
  const thanksForHarm = markers.some((m) => NEEDS_OBJECT.has(words.keys[m.end - 1] ?? '') && complaintAt(words, m.end));
  const solved = firstPhrase(words, RESOLVED) !== null;
  const ironic =
    thanksForHarm ||
    (plainlyIronic && (praise.length > 0 || standalone.length > 0)) ||
    (!solved && (praise.length > 0 || standalone.length > 0) && complaint()) ||
    (!solved && winks && standalone.length > 0 && !thanks(words));
  if (!ironic) return [];
  return [...praise, ...markers];
}

/** A complaint word at `i` or right after a pronoun ("thanks for charging me", "por dejarme sin"). */
function complaintAt(words: Words, i: number): boolean {
  for (let j = i; j < i + 2 && j < words.keys.length; j++) if (stemMatch(words.raw[j] ?? '', COMPLAINT) !== null) return true;
  return false;
}
