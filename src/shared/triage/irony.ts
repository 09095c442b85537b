// Mockery and sarcasm: laughter aimed at the company ("JAJAJA que chiste", "lmao … 4 hours on
// hold") and praise that means the opposite ("genios, me cobraron dos veces 👏"). Friendly
// laughter, thanks and a real compliment with 👍 or 😊 are neither: praise turns ironic only in
// the same sentence as a stated problem, and a question is never one.
import { isLaughter } from './content.ts';
import { COMPANY, NEGATION, type Finding } from './hostile-aims.ts';
import { entriesOf, LEXICONS, PRAISE, PROBLEMS } from './lexicon.ts';
import { compileCategory, keysOf, stemsAt } from './lexicon-words.ts';
import { compilePhrases, findPhrases, firstPhrase, markHits, phraseAt, type Clauses, type Words } from './text.ts';

const { emoji, hostile, sarcasm } = LEXICONS;
const PRAISING = compilePhrases(PRAISE);
const IRONIC = compilePhrases(entriesOf(sarcasm, 'ironic'));
/** "gracias por", "thanks for": ironic only when what they thank for is the problem ("gracias por cortarme"). */
const IRONIC_THANKS = compilePhrases(entriesOf(sarcasm, 'ironic_thanks'));
const PROBLEM = compilePhrases(PROBLEMS);
/** Verbs of a bad event, a complaint when said of the customer: "me cobraron", "charged me", "cut my line". */
const COMPLAINT = compileCategory(sarcasm, 'complaint');
const PERSON_BEFORE = keysOf(sarcasm, 'complaint_person_before');
const PERSON_AFTER = keysOf(sarcasm, 'complaint_person_after');
/** "3 días sin", "two weeks waiting": a time spent without service. */
const DURATION = keysOf(sarcasm, 'duration');
const LACKING = keysOf(sarcasm, 'lacking');
const THANKS = keysOf(sarcasm, 'thanks');
/** "ya anda", "fixed": praise next to a problem solved is praise. */
const RESOLVED = compilePhrases(entriesOf(sarcasm, 'resolved'));
const MOCKERY = compilePhrases(entriesOf(hostile, 'mockery'));
/** "imagine paying for this": the clause it opens mocks. */
const MOCKERY_LEAD = keysOf(hostile, 'mockery_lead');
const DERISIVE = keysOf(hostile, 'derisive_laughter');
/** Emoji ironic whatever else is said; the winks (🙂 👍 👏) only in a sentence stating a problem, or after "genios". */
const PLAINLY_IRONIC = entriesOf(emoji, 'plainly_ironic');
const WINKS = entriesOf(emoji, 'ironic');
const MOCKING_EMOJI = entriesOf(emoji, 'mocking');
// Laughter in capitals: "JAJAJA", "LOL", "LMAO". Each repetition consumes two fixed letters, so
// nothing backtracks.
const CAPITAL_LAUGHTER = /(?:^|[^\p{L}])(?:(?:J[AEIS]){2,}J?|(?:H[AE]){2,}H?|LO+L|LMF?AO+|ROFL)(?![\p{L}])/u;

export const thanks = (words: Words): boolean => words.keys.some((k) => THANKS.has(k));
const laughs = (key: string): boolean => isLaughter(key) || key === 'lol' || DERISIVE.has(key);

/**
 * The sentences that state a problem: a listed problem ("sin internet", "on hold"), a bad event
 * said of the customer ("me cobraron", "charged me twice") or a time spent without service
 * ("3 días sin", "two weeks waiting"). Sentences that ask are left out: "¿puedo pagar sin tarjeta?".
 */
export function complaintSentences(words: Words, clauses: Clauses): Set<number> {
  const found = new Set<number>();
  const add = (i: number) => {
    const sentence = clauses.sentence[i] ?? 0;
    if (!clauses.asks[sentence]) found.add(sentence);
  };
  for (const hit of findPhrases(words, PROBLEM)) add(hit.start);
  for (const hit of findPhrases(words, COMPLAINT.phrases)) add(hit.start);
  const { keys } = words;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (DURATION.has(key) && (LACKING.has(keys[i + 1] ?? '') || LACKING.has(keys[i + 2] ?? ''))) add(i);
    else if ((PERSON_BEFORE.has(keys[i - 1] ?? '') || PERSON_AFTER.has(keys[i + 1] ?? '')) && stemsAt(words, i, COMPLAINT)) add(i);
  }
  return found;
}

/**
 * Laughter used to mock: next to a put-down ("qué chiste", "imagine paying…"), sneering
 * ("lmao") at a complaint, or in capitals or with a mocking emoji (💀 🤦) when it is all the
 * message says or goes with a complaint or the company's name.
 */
export function mockeryIn(words: Words, raw: string, clauses: Clauses, complaint: () => boolean): Finding[] {
  const { keys } = words;
  const laughter = keys.findIndex(laughs);
  if (laughter < 0) return [];
  const putDowns = [...findPhrases(words, MOCKERY), ...leadsIn(words, clauses)];
  const aimed = findPhrases(words, COMPANY);
  const sneer = keys.some((k) => DERISIVE.has(k)) && complaint();
  const loud = (CAPITAL_LAUGHTER.test(raw) && !thanks(words)) || MOCKING_EMOJI.some((e) => raw.includes(e));
  const onlyLaughter = keys.every((k) => k === '' || laughs(k));
  if (putDowns.length === 0 && !sneer && !(loud && (onlyLaughter || aimed.length > 0 || complaint()))) return [];
  return [{ phrase: words.raw[laughter] ?? 'laughter', start: laughter, end: laughter + 1 }, ...putDowns, ...aimed];
}

/** "imagine paying for this": a lead, not denied, and the rest of its clause. */
function leadsIn(words: Words, clauses: Clauses): Finding[] {
  const { keys } = words;
  const found: Finding[] = [];
  for (let i = 0; i + 1 < keys.length; i++) {
    if (!MOCKERY_LEAD.has(keys[i] ?? '') || NEGATION.has(keys[i - 1] ?? '') || clauses.clause[i + 1] !== clauses.clause[i]) continue;
    let end = i + 1;
    while (end < keys.length && clauses.clause[end] === clauses.clause[i]) end++;
    found.push({ phrase: `${words.raw[i]} ${words.raw[i + 1]}`, start: i, end });
  }
  return found;
}

/**
 * Sarcasm: praise or an ironic marker ("genios", "gracias por …") in a sentence that states a
 * problem, thanks for the harm itself ("gracias por cortarme"), praise with a plainly ironic
 * emoji (🙃 🙄), or "genios" with a wink (👏) and no thanks. A problem said to be solved ("ya
 * anda", "fixed") leaves only the plainly ironic emoji. The findings are the praise and markers,
 * which are not content.
 */
export function sarcasmIn(words: Words, raw: string, clauses: Clauses, complaints: () => Set<number>): Finding[] {
  const praise = findPhrases(words, PRAISING);
  const markers = findPhrases(words, IRONIC);
  const thanksFor = findPhrases(words, IRONIC_THANKS);
  if (praise.length === 0 && markers.length === 0 && thanksFor.length === 0) return [];
  const plainlyIronic = PLAINLY_IRONIC.some((e) => raw.includes(e));
  const winks = WINKS.some((e) => raw.includes(e));
  const praising = [...praise, ...markers];
  const thanksForHarm = thanksFor.some((m) => complaintAt(words, clauses, m.end, complaints));
  const solved = firstPhrase(words, RESOLVED) !== null;
  const inComplaint = () => {
    const stated = complaints();
    if (stated.size === 0) return false;
    const praiseOnly = praiseOnlySentences(words, clauses, praising);
    return praising.some((p) => {
      const sentence = clauses.sentence[p.start] ?? -1;
      // "Excelente servicio. 3 días sin internet.": praise said alone beside the problem.
      const beside = praiseOnly.has(sentence) && !thanks(words) && (stated.has(sentence - 1) || stated.has(sentence + 1));
      return stated.has(sentence) || beside;
    });
  };
  const ironic =
    thanksForHarm ||
    (plainlyIronic && praising.length > 0) ||
    (!solved && praising.length > 0 && inComplaint()) ||
    (!solved && winks && markers.length > 0 && !thanks(words));
  if (!ironic) return [];
  return [...praise, ...markers, ...thanksFor];
}

/** Sentences that say nothing but praise, give or take one word ("excelente servicio eh"). */
function praiseOnlySentences(words: Words, clauses: Clauses, praising: readonly Finding[]): Set<number> {
  const covered: boolean[] = [];
  markHits(covered, praising);
  const others: number[] = [];
  for (let i = 0; i < words.keys.length; i++) {
    const sentence = clauses.sentence[i] ?? 0;
    others[sentence] = (others[sentence] ?? 0) + (covered[i] || words.keys[i] === '' ? 0 : 1);
  }
  const found = new Set<number>();
  for (const p of praising) if ((others[clauses.sentence[p.start] ?? 0] ?? 0) <= 1) found.add(clauses.sentence[p.start] ?? 0);
  return found;
}

/** The object of "gracias por" is the complaint: a problem stated right there ("por cortarme", "for charging me"). */
function complaintAt(words: Words, clauses: Clauses, i: number, complaints: () => Set<number>): boolean {
  if (!complaints().has(clauses.sentence[i] ?? -1)) return false;
  if (phraseAt(words, i, PROBLEM, 3)) return true;
  return stemsAt(words, i, COMPLAINT) && PERSON_AFTER.has(words.keys[i + 1] ?? '');
}
