// The retention lexicon (lexicons/retention.json) compiled once at module load for the
// cancellation reader: verbs to stems, context words to their squeezed keys, company names to
// phrases.
import { LEXICONS } from './lexicon.ts';
import { compileStems, type StemLanguage, type StemList } from './stems.ts';
import { compilePhrases, wordsOf, type PhraseList } from './text.ts';

const groupsOf = (category: string) => LEXICONS.retention.groups.filter((g) => g.category === category);

const stems = (category: string): StemList =>
  compileStems(groupsOf(category).flatMap((g) => g.entries.map((word) => ({ word, lang: g.lang as StemLanguage }))));

const keys = (category: string): ReadonlySet<string> =>
  new Set(groupsOf(category).flatMap((g) => g.entries.map((entry) => wordsOf(entry).keys.join(' '))));

const phrases = (...categories: string[]): PhraseList => compilePhrases(categories.flatMap((c) => groupsOf(c).flatMap((g) => g.entries)));

/** Verbs (and their nouns) of leaving: "cancelen", "rescindo", "terminate". */
export const LEAVE = stems('leave_verb');
/** Verbs that leave only with a service object: "cerrar la cuenta", "end my contract". */
export const CLOSE = stems('close_verb');
/** Verbs and nouns that ask for "la baja": "pido", "solicitud". */
export const BAJA_REQUEST = stems('baja_request');
/** Verbs of moving elsewhere: "me paso", "switching". */
export const MOVE = stems('move_verb');

export const SERVICE = keys('service_object');
export const OTHER = keys('other_object');
export const GIVE = keys('give_verb');
export const GIVE_PAST = keys('give_past');
export const MEASURE = keys('baja_other_sense');
export const WISH = keys('wish');
/** "cómo", "can I": a question about leaving asks for it, but says nothing of a past form. */
export const HOW = keys('how');
export const NEGATION = keys('negation');
export const GO = keys('move_go');
/** The company itself: a portability "to you" comes in, it does not leave. */
export const US = keys('us');
export const PORTABILITY_WORDS = new Set(groupsOf('portability').filter((g) => g.lang === 'es').flatMap((g) => g.entries));

export const COMPETITORS = phrases('competitor');
export const COMPANIES = phrases('competitor', 'other_company');
export const PORTABILITY_PHRASES = phrases('portability');

/** First three letters of every word that can start a leaving phrase: a message with none is skipped. */
export const STARTS: ReadonlySet<string> = new Set([
  ...LEAVE.prefixes, ...CLOSE.prefixes, ...MOVE.prefixes, 'baj',
  ...[...GO, ...groupsOf('portability').flatMap((g) => g.entries)].map((w) => w.slice(0, 3)),
]);
