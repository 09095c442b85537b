// Noise [filtrado de mensajes]: messages that should be counted but not reach an agent as work
// (seed 001, "Filtrado de mensajes"): one-word courtesy ("hola", "gracias", "sí", 👍, a
// reaction), the same message sent again, and stock replies to a marketing promo ("quiero!!",
// "info", "precio?"). The filter is reversible: it only labels, the caller keeps the message.
import type { CaseStatus } from '../domain.ts';
import { fold } from '../template-search.ts';
import { COURTESY, FILLERS, LAUGHTER } from './content-words.ts';
import { contentWords, isLaughter } from './content.ts';
import { hostilityOf } from './hostility.ts';
import { asRead, type MessageText, type TextInput } from './message-text.ts';
import { compilePhrases, findPhrases, markHits } from './text.ts';

/** `blocked`: the sender is on the organisation's block list (set by the console, never by noiseOf). */
export type NoiseKind = 'courtesy' | 'duplicate' | 'promo_reply' | 'blocked';

export interface Noise {
  kind: NoiseKind;
}

export interface NoiseInput {
  text: TextInput;
  /** The customer's previous message on the case, if any. */
  previous: TextInput | null;
  caseStatus: CaseStatus;
  /** The message answers a marketing post or campaign. */
  repliesToPromo: boolean;
}

const COURTESY_ONLY = compilePhrases([...COURTESY, ...FILLERS, ...LAUGHTER]);

/** Short answers: when the agent has asked the customer something, these are the reply. */
const ANSWERS = new Set(['si', 'sip', 'no', 'nop', 'ok', 'oka', 'okey', 'oki', 'okay', 'dale', 'listo', 'claro', 'yes', 'yeah', 'yep', 'yup', 'nope', 'sure']);
const ANSWER_EMOJI = ['👍', '👎'];

/** What people answer to a promo when they only mean "tell me more". */
const PROMO_INTEREST = compilePhrases([
  'quiero', 'queremos', 'lo quiero', 'la quiero', 'info', 'informacion', 'mas info', 'precio', 'precios', 'cuanto', 'cuanto sale',
  'cuanto cuesta', 'valor', 'me interesa', 'interesa', 'interesado', 'interesada', 'inbox', 'md', 'dm', 'por privado', 'privado',
  'pasame', 'pasen', 'mandame', 'manden', 'detalles', 'link', 'participo', 'sorteo', 'mira', 'miren', 'etiqueto',
  'want', 'i want', 'one', 'price', 'how much', 'interested', 'details', 'send', 'look', 'me too', 'pm',
]);

// Only emoji (with skin tones, joiners and variation selectors), spaces and punctuation.
const EMOJI_ONLY = /^(?:[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\s\p{P}]|\u200d|\ufe0f|\u20e3)+$/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const QUESTION = /[?¿]/;
// "@atiende 🙌": the mention only addresses the company.
const MENTION = /@[\p{L}\p{N}_.]+/gu;
const DIGIT = /\d/;
const WHITESPACE = /\s+/g;
// Reactions as channels relay them: "Reaccionó con 👍 a tu mensaje", "Liked a message", 'Loved "…"'.
const REACTION = /^(?:reacciono (?:con \S{1,16} )?a (?:tu|un|su) mensaje|le (?:gusto|encanto|divirtio|asombro|entristecio|enojo) (?:tu|un|el|su) mensaje|reacted (?:with )?\S{0,16} ?to (?:your|a) message|(?:liked|loved|laughed at|emphasized|disliked|questioned) (?:a message|an image|a photo|your message|["“«']))/;
/** The first word of every REACTION (its spaces not yet collapsed): most texts stop here. */
const REACTION_OPENING = /^(?:reacc|le\s|reacted|liked|loved|laughed|emphasized|disliked|questioned)/;

/** Whether the message is noise, and which kind; null for a message an agent should see. */
export function noiseOf(input: NoiseInput): Noise | null {
  const message = asRead(input.text);
  if (isAnswerToAgent(message, input.caseStatus)) return null;
  // Under a promo even "gracias" or 😍 is part of the campaign's echo, counted with it.
  if (input.repliesToPromo && isStockPromoReply(message)) return { kind: 'promo_reply' };
  if (isCourtesy(message)) return { kind: 'courtesy' };
  if (input.previous !== null && sameMessage(message, asRead(input.previous))) return { kind: 'duplicate' };
  return null;
}

/**
 * Whether a new customer message takes a resolved case back to open. Only a resolved case can
 * be reopened, and neither a courtesy message ("gracias", 👍) nor a stock reply under a promo
 * ("¡quiero!") reopens one: both are filtered noise, not something to answer.
 */
export function reopensCase(noise: Noise | null, caseStatus: CaseStatus): boolean {
  return caseStatus === 'resolved' && noise?.kind !== 'courtesy' && noise?.kind !== 'promo_reply';
}

// "Sí" or 👍 after the agent asked "¿querés que te llamemos?" is the reply the case waits for.
function isAnswerToAgent({ raw, words }: MessageText, caseStatus: CaseStatus): boolean {
  if (caseStatus !== 'waiting_customer') return false;
  return words.keys.some((key) => ANSWERS.has(key)) || ANSWER_EMOJI.some((e) => raw.includes(e));
}

function isCourtesy(message: MessageText): boolean {
  if (!looksCourteous(message)) return false;
  // "¿hola?" is someone waiting for an answer, and mockery is never courtesy ("LOL this company
  // 💀"). Read last: few messages get this far, and hostility is the dearer reading.
  return !QUESTION.test(message.raw) && !hostilityOf(message).trolling;
}

/** Only courtesy words, laughter, emoji or a relayed reaction, whatever their intent. */
function looksCourteous({ raw, folded, words }: MessageText): boolean {
  const trimmed = raw.trim();
  if (trimmed === '') return false; // an attachment without text: not ours to judge
  const unaddressed = trimmed.includes('@') ? trimmed.replace(MENTION, '').trim() : trimmed;
  if (unaddressed === '') return false;
  if (EMOJI_ONLY.test(unaddressed)) return EMOJI.test(unaddressed);
  // Folding after trimming can differ at the edges (a stray accent before a space), so only an
  // untrimmed text reuses its fold. The words are the same either way: spaces are never words.
  const text = trimmed === raw ? folded : fold(trimmed);
  // Only a text opening like a reaction is worth copying with its spaces collapsed.
  if (REACTION_OPENING.test(text) && REACTION.test(text.replace(WHITESPACE, ' '))) return true;
  if (words.raw.length === 0 || words.raw.some((w) => DIGIT.test(w))) return false;
  const covered: boolean[] = [];
  markHits(covered, findPhrases(words, COURTESY_ONLY));
  return words.keys.every((key, i) => covered[i] === true || isLaughter(key));
}

function isStockPromoReply({ raw, plain, words }: MessageText): boolean {
  if (raw.trim() === '') return false;
  return contentWords({ plain, words, claimed: [], alsoEmpty: PROMO_INTEREST }).length === 0;
}

/** Same words once case, accents, spaces and punctuation are set aside; emoji-only texts compare as written. */
function sameMessage(a: MessageText, b: MessageText): boolean {
  if (a.plain.length > 0 || b.plain.length > 0) return a.plain.length === b.plain.length && a.plain.every((w, i) => w === b.plain[i]);
  return a.raw.replace(WHITESPACE, '') === b.raw.replace(WHITESPACE, '') && a.raw.trim() !== '';
}
