// Noise [filtrado de mensajes]: messages that should be counted but not reach an agent as work
// (seed 001, "Filtrado de mensajes"): one-word courtesy ("hola", "gracias", "sí", 👍, a
// reaction), the same message sent again, and stock replies to a marketing promo ("quiero!!",
// "info", "precio?"). The filter is reversible: it only labels, the caller keeps the message.
import type { CaseStatus } from '../domain.ts';
import { fold } from '../template-search.ts';
import { COURTESY, FILLERS, LAUGHTER } from './content-words.ts';
import { contentWords, isLaughter } from './content.ts';
import { compilePhrases, findPhrases, markHits, tokenize, wordsFrom } from './text.ts';

/** `blocked`: the sender is on the organisation's block list (set by the console, never by noiseOf). */
export type NoiseKind = 'courtesy' | 'duplicate' | 'promo_reply' | 'blocked';

export interface Noise {
  kind: NoiseKind;
}

export interface NoiseInput {
  text: string;
  /** The customer's previous message on the case, if any. */
  previous: string | null;
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
// Reactions as channels relay them: "Reaccionó con 👍 a tu mensaje", "Liked a message", 'Loved "…"'.
const REACTION = /^(?:reacciono (?:con \S{1,16} )?a (?:tu|un|su) mensaje|le (?:gusto|encanto|divirtio|asombro|entristecio|enojo) (?:tu|un|el|su) mensaje|reacted (?:with )?\S{0,16} ?to (?:your|a) message|(?:liked|loved|laughed at|emphasized|disliked|questioned) (?:a message|an image|a photo|your message|["“«']))/;

/** Whether the message is noise, and which kind; null for a message an agent should see. */
export function noiseOf(input: NoiseInput): Noise | null {
  const { text, previous } = input;
  if (isAnswerToAgent(input)) return null;
  // Under a promo even "gracias" or 😍 is part of the campaign's echo, counted with it.
  if (input.repliesToPromo && isStockPromoReply(text)) return { kind: 'promo_reply' };
  if (isCourtesy(text)) return { kind: 'courtesy' };
  if (previous !== null && sameMessage(text, previous)) return { kind: 'duplicate' };
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
function isAnswerToAgent({ text, caseStatus }: NoiseInput): boolean {
  if (caseStatus !== 'waiting_customer') return false;
  return wordsFrom(tokenize(text)).keys.some((key) => ANSWERS.has(key)) || ANSWER_EMOJI.some((e) => text.includes(e));
}

function isCourtesy(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false; // an attachment without text: not ours to judge
  if (EMOJI_ONLY.test(trimmed)) return EMOJI.test(trimmed);
  if (REACTION.test(fold(trimmed).replace(/\s+/g, ' '))) return true;
  const words = wordsFrom(tokenize(trimmed));
  if (words.raw.length === 0 || words.raw.some((w) => /\d/.test(w))) return false;
  const covered: boolean[] = [];
  markHits(covered, findPhrases(words, COURTESY_ONLY));
  return words.keys.every((key, i) => covered[i] === true || isLaughter(key));
}

function isStockPromoReply(text: string): boolean {
  if (text.trim() === '') return false;
  const plain = tokenize(text);
  const words = wordsFrom(plain);
  return contentWords({ plain, words, claimed: [], alsoEmpty: PROMO_INTEREST }).length === 0;
}

/** Same words once case, accents, spaces and punctuation are set aside; emoji-only texts compare as written. */
function sameMessage(a: string, b: string): boolean {
  const left = tokenize(a).join(' ');
  const right = tokenize(b).join(' ');
  if (left !== '' || right !== '') return left === right;
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '') && a.trim() !== '';
}
