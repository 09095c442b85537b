// Whether a customer asks to leave: the retention path (the guide's "BAJA"). Words alone do not
// say it: "cancelen el plan" leaves, "cancelen la visita" does not; "dame de baja" leaves, "me
// baja la señal" is the signal dropping; "me voy a Claro" leaves, "me voy a dormir" does not.
// So each word that could start a request is read with its neighbours, by the rules below; the
// words they use are data (lexicons/retention.json).
import { withoutEnclitics } from './enclitics.ts';
import { asRead, type TextInput } from './message-text.ts';
import {
  BAJA_ADVERB, BAJA_REQUEST, CLOSE, COME, COMPANIES, COMPETITORS, DETACH, FIRST_PERSON, GIVE, GIVE_PAST, GO, HOW, LEAVE, MEASURE, MOVE,
  NEGATION, OTHER, PORTABILITY_PHRASES, PORTABILITY_WORDS, PRONOUN, SERVICE, STARTS, STOP, US, WISH,
} from './retention-words.ts';
import { prefixOf, stemMatch } from './stems.ts';
import { deobfuscate, phraseAt, tokenizeFolded, type PhraseList, type Words } from './text.ts';

/** How far an object may follow its verb: "cancelen esta porquería de plan". */
const OBJECT_SPAN = 4;
/** The longest company or portability phrase looked for, in words. */
const PHRASE_REACH = 4;
/** How far before a verb a wish may stand: "quiero que me cancelen". */
const WISH_SPAN = 3;
/** How far before a gerund its first-person subject may stand: "I'm thinking of cancelling my plan". */
const SUBJECT_SPAN = 4;
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'the', 'my', 'our']);
const TO = new Set(['a', 'al', 'con', 'para', 'de', 'to', 'with', 'for']);
const FROM = new Set(['desde', 'from']);
const OF = new Set(['of', 'de', 'del']);
const REFLEXIVE = new Set(['me', 'nos']);
// "me baja la señal", "se baja el wifi": an object pronoun before "baja" makes it the verb "bajar".
const CLITICS = new Set(['me', 'te', 'se', 'nos', 'le', 'les', 'lo']);
// Past and participle endings: "cancelaron", "rescindido", "cancelled" report what happened.
const PAST_ES = /(?:aron|ieron|aste|iste|aba|aban|ad[oa]s?|id[oa]s?)$/;
const PAST_EN = /ed$/;
// The English gerund: "they keep cancelling on me" reports, "I'm cancelling my plan" asks.
const GERUND = /ing$/;
// Forms that ask with no object: imperatives ("cancelen", "cancelá"), the first person
// ("rescindo"), the English base form ("cancel").
const ASKING_FORM = /(?:[aeio]|[ae]n|[ae]mos)$/;

type Sense = 'service' | 'other' | null;
type VerbKind = 'leave' | 'close' | 'detach' | 'stop';
// "can't cancel my service" still asks; "no me den de baja", "did not cancel" do not.
const CONTRACTED_NOT = 't';

interface Reading {
  readonly words: Words;
  /** The word at a position, lowercase with its accents, to tell "canceló" from "cancelo". */
  readonly accentedAt: (i: number) => string | undefined;
  /** Whether the customer says they come from a competitor ("vengo de Claro"): a portability comes in. */
  readonly arriving: () => boolean;
}

/**
 * What shows that the customer asks to leave, as written (folded): "cancelame el plan", "la
 * baja", "me voy a claro", "portabilidad"; null when nothing does.
 */
export function cancellationIn(text: TextInput): string | null {
  const read = asRead(text);
  const { words } = read;
  // Most messages hold no word that could start a request: nothing to read closely.
  if (!words.raw.some((w) => STARTS.has(prefixOf(w)))) return null;
  let accented: readonly string[] | null = null;
  let arriving: boolean | null = null;
  const reading: Reading = {
    words,
    accentedAt: (i) => (accented ??= accentedWords(read.raw, words.raw.length))[i],
    arriving: () => (arriving ??= arrivingIn(words)),
  };
  for (let i = 0; i < words.raw.length; i++) {
    if (!STARTS.has(prefixOf(words.raw[i] ?? ''))) continue;
    const found = leavingAt(reading, i) ?? bajaAt(reading, i) ?? movingAt(reading, i) ?? portabilityAt(reading, i);
    if (found !== null) return found;
  }
  return null;
}

/** The message's words with their accents, by position; none when they do not line up with its words. */
function accentedWords(raw: string, count: number): readonly string[] {
  const words = tokenizeFolded(raw.normalize('NFC').toLowerCase()).map(deobfuscate);
  return words.length === count ? words : [];
}

function verbKind(word: string): VerbKind | null {
  if (stemMatch(word, LEAVE) !== null) return 'leave';
  if (stemMatch(word, CLOSE) !== null) return 'close';
  if (stemMatch(word, DETACH) !== null) return 'detach';
  return stemMatch(word, STOP) === null ? null : 'stop';
}

/** "cancelen el servicio", "rescindo", "how do I terminate my contract", "close my account". */
function leavingAt(reading: Reading, i: number): string | null {
  const { keys, raw } = reading.words;
  const word = raw[i] ?? '';
  const cut = withoutEnclitics(word);
  // "cancele" ends like "le" but is whole: the cut form is tried first, then the word.
  const cutKind = verbKind(cut);
  const bare = cutKind !== null ? cut : word;
  const kind = cutKind ?? verbKind(word);
  if (kind === null) return null;
  // "at the end", "end of contract": the noun of a closing verb closes nothing.
  if ((kind === 'close' || kind === 'stop') && (ARTICLES.has(keys[i - 1] ?? '') || OF.has(keys[i + 1] ?? ''))) return null;
  const asked = askedBefore(keys, i);
  if (asked === 'negated') return null;
  if (asked !== 'wish' && isReport(reading, i, bare)) return null;
  if (kind === 'stop') return stopAt(reading.words, i);
  const { sense, end } = objectAfter(keys, i);
  if (sense === 'other') return null;
  if (GERUND.test(bare)) {
    const said = i === 0 || asked === 'wish' || firstPersonBefore(keys, i);
    return sense === 'service' && said ? phrase(reading.words, i, end) : null;
  }
  if (sense === 'service') return kind === 'detach' && takenOffWhole(keys, end) ? null : phrase(reading.words, i, end);
  // Without an object only a verb of leaving asks, in an asking form or after a wish, and not
  // when the thing cancelled was named just before ("la visita, cancelenla") or stands for it
  // ("cancel that").
  if (kind !== 'leave' || otherBefore(keys, i)) return null;
  if (PRONOUN.has(keys[i + 1] ?? '') && asked !== 'wish') return null;
  return asked !== null || bare !== word || i === 0 || ASKING_FORM.test(bare) ? phrase(reading.words, i, i + 1) : null;
}

/** "end my contract", "stop the service"; not "stop charging me", "the promo ends on my plan". */
function stopAt(words: Words, i: number): string | null {
  const { keys } = words;
  const at = ARTICLES.has(keys[i + 1] ?? '') ? i + 2 : i + 1;
  if (!SERVICE.has(keys[at] ?? '')) return null;
  // "stop the internet from dropping": the service is the subject of what should stop.
  const next = keys[at + 1] ?? '';
  return FROM.has(next) || GERUND.test(next) ? null : phrase(words, i, at + 1);
}

/** "el celular de mi cuenta": a thing taken off a service, which stays. */
function takenOffWhole(keys: readonly string[], end: number): boolean {
  for (let j = end; j < Math.min(keys.length, end + OBJECT_SPAN); j++) {
    const key = keys[j] ?? '';
    if (key === 'del' && SERVICE.has(keys[j + 1] ?? '')) return true;
    if ((OF.has(key) || FROM.has(key)) && ARTICLES.has(keys[j + 1] ?? '') && SERVICE.has(keys[j + 2] ?? '')) return true;
  }
  return false;
}

/** "dame de baja", "la baja por favor", "BAJA"; not "me baja la señal", "de baja calidad". */
function bajaAt({ words }: Reading, i: number): string | null {
  const { keys, raw } = words;
  if (keys[i] !== 'baja') return null;
  const prev = keys[i - 1] ?? '';
  const after = objectAfter(keys, i, true).sense;
  if (after === 'other') return null;
  if (prev === 'de') {
    const giver = withoutEnclitics(raw[i - 2] ?? '');
    // "di de baja en agosto": a report of the past, not a new request.
    if (GIVE_PAST.has(giver)) return null;
    if (GIVE.has(giver)) return askedBefore(keys, i - 2) === 'negated' ? null : phrase(words, i - 2, i + 1);
  }
  // The measure sense: "baja de señal", "baja la velocidad", "de baja calidad", "la señal baja",
  // the verb after a pronoun ("me baja", "se baja el wifi") or before an adverb ("baja mucho").
  if (after === 'measure' || MEASURE.has(prev) || CLITICS.has(prev) || BAJA_ADVERB.has(keys[i + 1] ?? '')) return null;
  // "solicitud de baja", "trámite de baja".
  if (prev === 'de') return stemMatch(raw[i - 2] ?? '', BAJA_REQUEST) === null ? null : phrase(words, i - 2, i + 1);
  // The noun, asked for: "BAJA", "la baja por favor", "pido la baja".
  if (i === 0 || prev === 'la') return askedBefore(keys, i) === 'negated' ? null : phrase(words, Math.max(0, i - 1), i + 1);
  return stemMatch(raw[i - 1] ?? '', BAJA_REQUEST) === null ? null : phrase(words, i - 1, i + 1);
}

/** "me voy a Movistar", "me paso a otra compañía", "switching to another provider"; not "no me voy". */
function movingAt({ words }: Reading, i: number): string | null {
  const { keys, raw } = words;
  const word = raw[i] ?? '';
  const bare = withoutEnclitics(word);
  const go = GO.has(keys[i] ?? '');
  if (!go && stemMatch(bare, MOVE) === null) return null;
  // Spanish moves are reflexive ("me paso", "pasarnos"); "paso a buscarlo" is no move.
  const spanish = go || bare !== word || REFLEXIVE.has(keys[i - 1] ?? '');
  if (!spanish && !/^(?:switch|mov|leav)/.test(word)) return null;
  const end = companyAt(words, i + 1, COMPANIES);
  if (end === null || askedBefore(keys, i) === 'negated') return null;
  return phrase(words, REFLEXIVE.has(keys[i - 1] ?? '') ? i - 1 : i, end);
}

/**
 * "portabilidad", "portarme", "port my number"; not one into the company ("desde Claro", "to
 * you", "vengo de Claro"), nor a denied one ("no quiero la portabilidad").
 */
function portabilityAt(reading: Reading, i: number): string | null {
  const { words } = reading;
  const { keys, raw } = words;
  const bare = withoutEnclitics(raw[i] ?? '');
  let end = PORTABILITY_WORDS.has(bare) ? i + 1 : null;
  if (end === null) {
    end = phraseAt(words, i, PORTABILITY_PHRASES, PHRASE_REACH)?.end ?? null;
  }
  if (end === null) return null;
  const article = ARTICLES.has(keys[i - 1] ?? '') ? i - 1 : i;
  if (askedBefore(keys, article) === 'negated' || reading.arriving()) return null;
  for (let j = end; j < Math.min(keys.length, end + OBJECT_SPAN); j++) {
    const key = keys[j] ?? '';
    if (FROM.has(key) && companyAt(words, j + 1, COMPETITORS) !== null) return null;
    if (TO.has(key) && US.has(keys[j + 1] ?? '')) return null;
  }
  return phrase(words, i, end);
}

/** "vengo de Claro", "soy de Movistar", "I'm coming from Verizon", anywhere in the message. */
function arrivingIn(words: Words): boolean {
  for (let j = 0; j < words.keys.length; j++) {
    if (!COME.has(words.keys[j] ?? '')) continue;
    const from = FROM.has(words.keys[j + 1] ?? '') ? j + 2 : j + 1;
    if (companyAt(words, from, COMPETITORS) !== null) return true;
  }
  return false;
}

/** The end of a company named at `at`, maybe after a preposition and an article: "a la competencia". */
function companyAt(words: Words, at: number, list: PhraseList): number | null {
  let start = at;
  for (let step = 0; step < 3; step++) {
    const hit = phraseAt(words, start, list, PHRASE_REACH);
    if (hit) return hit.end;
    const key = words.keys[start] ?? '';
    if (!(step === 0 ? TO.has(key) || ARTICLES.has(key) : ARTICLES.has(key))) return null;
    start++;
  }
  return null;
}

/**
 * What a verb acts on, by the first object word within reach: a service or another thing, or,
 * when `measures` is asked, a measure that drops ("baja la señal").
 */
function objectAfter(keys: readonly string[], i: number, measures = false): { sense: Sense | 'measure'; end: number } {
  for (let j = i + 1; j <= Math.min(keys.length - 1, i + OBJECT_SPAN); j++) {
    const key = keys[j] ?? '';
    if (OTHER.has(key)) return { sense: 'other', end: j + 1 };
    if (SERVICE.has(key)) return { sense: 'service', end: j + 1 };
    if (measures && MEASURE.has(key)) return { sense: 'measure', end: j + 1 };
  }
  return { sense: null, end: i + 1 };
}

function otherBefore(keys: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - WISH_SPAN); j < i; j++) if (OTHER.has(keys[j] ?? '')) return true;
  return false;
}

function firstPersonBefore(keys: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - SUBJECT_SPAN); j < i; j++) if (FIRST_PERSON.has(keys[j] ?? '')) return true;
  return false;
}

/** A wish ("quiero", "please") or a how-to ("cómo", "can I") just before, or a denied wish ("no quiero"). */
function askedBefore(keys: readonly string[], i: number): 'wish' | 'how' | 'negated' | null {
  const before = CLITICS.has(keys[i - 1] ?? '') ? keys[i - 2] : keys[i - 1];
  if (before !== undefined && before !== CONTRACTED_NOT && NEGATION.has(before)) return 'negated';
  for (let j = i - 1; j >= Math.max(0, i - WISH_SPAN); j--) {
    const key = keys[j] ?? '';
    if (WISH.has(key)) return NEGATION.has(keys[j - 1] ?? '') ? 'negated' : 'wish';
    if (HOW.has(key)) return 'how';
  }
  return null;
}

/** A past or passive form: "me cancelaron la visita", "my order got cancelled", "lo canceló". */
function isReport({ accentedAt }: Reading, i: number, word: string): boolean {
  if (PAST_ES.test(word) || PAST_EN.test(word)) return true;
  const last = word.at(-1);
  if (last !== 'e' && last !== 'o') return false;
  // Only the accent tells the preterite "cancelé", "canceló" from "cancele", "cancelo".
  return accentedAt(i) === word.slice(0, -1) + (last === 'e' ? 'é' : 'ó');
}

const phrase = (words: Words, from: number, to: number): string => words.raw.slice(Math.max(0, from), to).join(' ');
