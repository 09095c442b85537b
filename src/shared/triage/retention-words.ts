// The retention lexicon (lexicons/retention.json) compiled once at module load for the
// cancellation reader: verbs to stems, context words to their squeezed keys, company names to
// phrases.
import { entriesOf, LEXICONS } from './lexicon.ts';
import { compileCategory, keysOf } from './lexicon-words.ts';
import type { StemList } from './stems.ts';
import { compilePhrases, type PhraseList } from './text.ts';

const { retention } = LEXICONS;

const stems = (category: string): StemList => compileCategory(retention, category).stems;

const keys = (...categories: string[]): ReadonlySet<string> => keysOf(retention, ...categories);

const phrases = (...categories: string[]): PhraseList => compilePhrases(entriesOf(retention, ...categories));

/** Verbs (and their nouns) of leaving: "cancelen", "rescindo", "terminate". */
export const LEAVE = stems('leave_verb');
/** Verbs that leave only with a service object: "cerrar la cuenta", "close my account". */
export const CLOSE = stems('close_verb');
/** Verbs that leave only with a service object of ours, not taken off a whole: "desvincular la línea". */
export const DETACH = stems('detach_verb');
/** Verbs that leave only directly before a service object: "end my contract", not "stop charging". */
export const STOP = stems('stop_verb');
/** Verbs and nouns that ask for "la baja": "pido", "solicitud". */
export const BAJA_REQUEST = stems('baja_request');
/** Verbs of moving elsewhere: "me paso", "switching". */
export const MOVE = stems('move_verb');

export const SERVICE = keys('service_object');
/** Other things cancelled, including a debt paid off and another company's service ("Netflix"). */
export const OTHER = keys('other_object', 'third_party');
/** "cancel that": a pronoun for something named before, not a service. */
export const PRONOUN = keys('pronoun_object');
/** "baja mucho", "baja seguido": an adverb after "baja" makes it the verb "bajar". */
export const BAJA_ADVERB = keys('baja_adverb');
export const GIVE = keys('give_verb');
export const GIVE_PAST = keys('give_past');
export const MEASURE = keys('baja_other_sense');
export const WISH = keys('wish');
/** "cómo", "can I": a question about leaving asks for it, but says nothing of a past form. */
export const HOW = keys('how');
export const NEGATION = keys('negation');
/** "I", "I'm": who a gerund ("I'm cancelling my plan") must be said by to ask. */
export const FIRST_PERSON = keys('first_person');
/** "vengo de Claro", "I'm coming from Verizon": a customer arriving from a competitor. */
export const COME = keys('come_verb');
export const GO = keys('move_go');
/** The company itself: a portability "to you" comes in, it does not leave. */
export const US = keys('us');
export const PORTABILITY_WORDS = new Set(retention.groups.filter((g) => g.category === 'portability' && g.lang === 'es').flatMap((g) => g.entries));

export const COMPETITORS = phrases('competitor');
export const COMPANIES = phrases('competitor', 'other_company');
export const PORTABILITY_PHRASES = phrases('portability');

/** First three letters of every word that can start a leaving phrase: a message with none is skipped. */
export const STARTS: ReadonlySet<string> = new Set([
  ...LEAVE.prefixes, ...CLOSE.prefixes, ...DETACH.prefixes, ...STOP.prefixes, ...MOVE.prefixes, 'baj',
  ...[...GO, ...entriesOf(retention, 'portability')].map((w) => w.slice(0, 3)),
]);
