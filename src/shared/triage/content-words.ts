// Words that carry nothing an agent can act on: greetings and courtesy, small grammar words,
// laughter, and the words that only announce a question ("una consulta", "quick question").
// What is left after removing them (and insults) is the content of a message. The lists are
// data (lexicons/content.json); entries are matched as whole words, folded and squeezed
// (text.ts), so "holaaa" is "hola".
import { entriesOf, LEXICONS } from './lexicon.ts';

const { content } = LEXICONS;

/** Greetings, thanks and acknowledgements, as single words and as set phrases, and the nicknames that go with them ("gracias crack"). */
export const COURTESY: readonly string[] = entriesOf(content, 'courtesy', 'nickname');

/**
 * Words that only say a question is coming, or ask for help without saying with what
 * ("¿me pueden ayudar?", "tengo un problema con el servicio"): the question itself is still missing.
 */
export const ANNOUNCES_QUESTION: readonly string[] = entriesOf(content, 'announces_question', 'vague_help');

/** Grammar words and the ways customers name or address the company. */
export const FILLERS: readonly string[] = entriesOf(content, 'filler');

/** Typed laughter that is not a "jaja"-shaped word. */
export const LAUGHTER: readonly string[] = entriesOf(content, 'laughter');

/** Words about the service itself: one of them alone is already something to answer. */
export const SERVICE_WORDS: readonly string[] = entriesOf(content, 'service');

/** Keyboard rows: "asdfgh" or "qwerty" are someone testing the chat, not a message. */
export const KEYBOARD_ROWS: readonly string[] = entriesOf(content, 'keyboard');
