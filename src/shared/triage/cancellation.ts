// Whether a customer asks to leave: the retention path (the guide's "BAJA"). Words alone do not
// say it: "cancelen el plan" leaves, "cancelen la visita" does not; "dame de baja" leaves, "me
// baja la señal" is the signal dropping; "me voy a Claro" leaves, "me voy a dormir" does not.
// So each word that could start a request is read with its neighbours, by the rules below; the
// words they use are data (lexicons/retention.json).
import { withoutEnclitics } from './enclitics.ts';
import { asRead, type TextInput } from './message-text.ts';
import {
  BAJA_REQUEST, CLOSE, COMPANIES, COMPETITORS, GIVE, GIVE_PAST, GO, HOW, LEAVE, MEASURE, MOVE, NEGATION, OTHER, PORTABILITY_PHRASES,
  PORTABILITY_WORDS, SERVICE, STARTS, US, WISH,
} from './retention-words.ts';
import { stemMatch } from './stems.ts';
import { firstPhrase, type PhraseList, type Words } from './text.ts';

/** How far an object may follow its verb: "cancelen esta porquería de plan". */
const OBJECT_SPAN = 4;
/** How far before a verb a wish may stand: "quiero que me cancelen". */
const WISH_SPAN = 3;
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
// Forms that ask with no object: imperatives ("cancelen", "cancelá"), the first person
// ("rescindo"), the English base form and gerund ("cancel", "I'm cancelling").
const ASKING_FORM = /(?:[aeio]|[ae]n|[ae]mos|ing)$/;

type Sense = 'service' | 'other' | null;
// "can't cancel my service" still asks; "no me den de baja", "did not cancel" do not.
const CONTRACTED_NOT = 't';

interface Reading {
  readonly words: Words;
  /** Lowercase text with accents, to tell "canceló" from "cancelo". */
  readonly accented: () => string;
}

/**
 * What shows that the customer asks to leave, as written (folded): "cancelame el plan", "la
 * baja", "me voy a claro", "portabilidad"; null when nothing does.
 */
export function cancellationIn(text: TextInput): string | null {
  const read = asRead(text);
  const { raw } = read.words;
  // Most messages hold no word that could start a request: nothing to read closely.
  if (!raw.some((w) => STARTS.has(w.slice(0, 3)))) return null;
  let accented: string | null = null;
  const reading: Reading = { words: read.words, accented: () => (accented ??= read.raw.normalize('NFC').toLowerCase()) };
  for (let i = 0; i < raw.length; i++) {
    if (!STARTS.has((raw[i] ?? '').slice(0, 3))) continue;
    const found = leavingAt(reading, i) ?? bajaAt(reading, i) ?? movingAt(reading, i) ?? portabilityAt(reading, i);
    if (found !== null) return found;
  }
  return null;
}

/** "cancelen el servicio", "rescindo", "how do I terminate my contract", "close my account". */
function leavingAt({ words, accented }: Reading, i: number): string | null {
  const word = words.raw[i] ?? '';
  const cut = withoutEnclitics(word);
  // "cancele" ends like "le" but is whole: the cut form is tried first, then the word.
  const bare = stemMatch(cut, LEAVE) !== null || stemMatch(cut, CLOSE) !== null ? cut : word;
  const leave = stemMatch(bare, LEAVE);
  if (leave === null && stemMatch(bare, CLOSE) === null) return null;
  // "at the end", "end of contract": the noun of a closing verb closes nothing.
  if (leave === null && (ARTICLES.has(words.keys[i - 1] ?? '') || OF.has(words.keys[i + 1] ?? ''))) return null;
  const asked = askedBefore(words.keys, i);
  if (asked === 'negated') return null;
  if (asked !== 'wish' && isReport(bare, accented)) return null;
  const { sense, end } = objectAfter(words.keys, i);
  if (sense === 'other') return null;
  if (sense === 'service') return phrase(words, i, end);
  // Without an object only a verb of leaving asks, in an asking form or after a wish, and not
  // when the thing cancelled was named just before ("la visita, cancelenla").
  if (leave === null || otherBefore(words.keys, i)) return null;
  return asked !== null || bare !== word || i === 0 || ASKING_FORM.test(bare) ? phrase(words, i, i + 1) : null;
}

/** "dame de baja", "la baja por favor", "BAJA"; not "me baja la señal", "de baja calidad". */
function bajaAt({ words }: Reading, i: number): string | null {
  const { keys, raw } = words;
  if (keys[i] !== 'baja') return null;
  const prev = keys[i - 1] ?? '';
  const after = senseAfter(keys, i);
  if (after === 'other') return null;
  if (prev === 'de') {
    const giver = withoutEnclitics(raw[i - 2] ?? '');
    // "di de baja en agosto": a report of the past, not a new request.
    if (GIVE_PAST.has(giver)) return null;
    if (GIVE.has(giver)) return askedBefore(keys, i - 2) === 'negated' ? null : phrase(words, i - 2, i + 1);
  }
  // The measure sense: "baja de señal", "baja la velocidad", "de baja calidad", "la señal baja",
  // and the verb after a pronoun: "me baja", "se baja el wifi".
  if (after === 'measure' || MEASURE.has(prev) || CLITICS.has(prev)) return null;
  // "solicitud de baja", "trámite de baja".
  if (prev === 'de') return stemMatch(raw[i - 2] ?? '', BAJA_REQUEST) === null ? null : phrase(words, i - 2, i + 1);
  // The noun, asked for: "BAJA", "la baja por favor", "pido la baja".
  if (i === 0 || prev === 'la') return askedBefore(keys, i) === 'negated' ? null : phrase(words, Math.max(0, i - 1), i + 1);
  return stemMatch(raw[i - 1] ?? '', BAJA_REQUEST) === null ? null : phrase(words, i - 1, i + 1);
}

/** "me voy a Movistar", "me paso a otra compañía", "switching to another provider". */
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
  return end === null ? null : phrase(words, REFLEXIVE.has(keys[i - 1] ?? '') ? i - 1 : i, end);
}

/** "portabilidad", "portarme", "port my number"; not one into the company ("desde Claro", "to you"). */
function portabilityAt({ words }: Reading, i: number): string | null {
  const { keys, raw } = words;
  const bare = withoutEnclitics(raw[i] ?? '');
  let end = PORTABILITY_WORDS.has(bare) ? i + 1 : null;
  if (end === null) {
    const hit = firstPhrase(slice(words, i, i + 4), PORTABILITY_PHRASES);
    if (hit?.start === 0) end = i + hit.end;
  }
  if (end === null) return null;
  for (let j = end; j < Math.min(keys.length, end + OBJECT_SPAN); j++) {
    const key = keys[j] ?? '';
    if (FROM.has(key) && companyAt(words, j + 1, COMPETITORS) !== null) return null;
    if (TO.has(key) && US.has(keys[j + 1] ?? '')) return null;
  }
  return phrase(words, i, end);
}

/** The end of a company named at `at`, maybe after a preposition and an article: "a la competencia". */
function companyAt(words: Words, at: number, list: PhraseList): number | null {
  let start = at;
  for (let step = 0; step < 3; step++) {
    const hit = firstPhrase(slice(words, start, start + 4), list);
    if (hit?.start === 0) return start + hit.end;
    const key = words.keys[start] ?? '';
    if (!(step === 0 ? TO.has(key) || ARTICLES.has(key) : ARTICLES.has(key))) return null;
    start++;
  }
  return null;
}

/** What follows "baja": a service or another thing, or a measure that drops ("baja la señal"). */
function senseAfter(keys: readonly string[], i: number): Sense | 'measure' {
  for (let j = i + 1; j <= Math.min(keys.length - 1, i + OBJECT_SPAN); j++) {
    const key = keys[j] ?? '';
    if (OTHER.has(key)) return 'other';
    if (SERVICE.has(key)) return 'service';
    if (MEASURE.has(key)) return 'measure';
  }
  return null;
}

/** What the verb acts on, by the first object word within reach. */
function objectAfter(keys: readonly string[], i: number): { sense: Sense; end: number } {
  for (let j = i + 1; j <= Math.min(keys.length - 1, i + OBJECT_SPAN); j++) {
    const key = keys[j] ?? '';
    if (OTHER.has(key)) return { sense: 'other', end: j + 1 };
    if (SERVICE.has(key)) return { sense: 'service', end: j + 1 };
  }
  return { sense: null, end: i + 1 };
}

function otherBefore(keys: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - WISH_SPAN); j < i; j++) if (OTHER.has(keys[j] ?? '')) return true;
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
function isReport(word: string, accented: () => string): boolean {
  if (PAST_ES.test(word) || PAST_EN.test(word)) return true;
  const last = word.at(-1);
  if (last !== 'e' && last !== 'o') return false;
  // Only the accent tells the preterite "cancelé", "canceló" from "cancele", "cancelo".
  return hasWord(accented(), word.slice(0, -1) + (last === 'e' ? 'é' : 'ó'));
}

function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const after = text[at + word.length] ?? ' ';
    if (!/\p{L}/u.test(after)) return true;
  }
  return false;
}

const slice = (words: Words, from: number, to: number): Words => ({ raw: words.raw.slice(from, to), keys: words.keys.slice(from, to) });

const phrase = (words: Words, from: number, to: number): string => words.raw.slice(Math.max(0, from), to).join(' ');
