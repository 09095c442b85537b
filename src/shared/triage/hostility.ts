// Signs that a message is angry or mocking (types C and E). Insults, aggressive emoji and
// sarcasm can make a troll message (E); shouting and "!!!" only show impatience, so alone they
// make a message hostile (C) but never a troll: a customer who writes in capitals is still heard.
import { AGGRESSIVE_EMOJI, CLAPPING, HOSTILE_EN, HOSTILE_ES, INNOCENT, PRAISE, PROBLEMS } from './lexicon.ts';
import type { MessageText } from './message-text.ts';
import type { TriageReason } from './reasons.ts';
import { compilePhrases, distinctPhrases, findPhrases, firstPhrase, markHits } from './text.ts';

const HOSTILE = compilePhrases([...HOSTILE_ES, ...HOSTILE_EN]);
const INNOCENT_USES = compilePhrases(INNOCENT);
const PRAISING = compilePhrases(PRAISE);
const PROBLEM = compilePhrases(PROBLEMS);

/** Shouting: at least this many letters, and this share of them in capitals. */
export const SHOUTING_MIN_LETTERS = 15;
export const SHOUTING_SHARE = 0.7;
const PUNCTUATION_BURST = /[!?¡¿]{3}/;
const UPPER = /[^\p{Lu}]+/gu;
const LOWER = /[^\p{Ll}]+/gu;

export interface Hostility {
  /** Angry or mocking: type C, or E when nothing else is said. */
  hostile: boolean;
  /** Insults, aggressive emoji or sarcasm: the signals that can make a message a troll's (E). */
  trolling: boolean;
  /** Words spent on insults, which are not content. */
  claimed: boolean[];
  reasons: TriageReason[];
}

export function hostilityOf(message: MessageText): Hostility {
  const { raw: text, words } = message;
  const shielded: boolean[] = [];
  markHits(shielded, findPhrases(words, INNOCENT_USES));
  const insults = findPhrases(words, HOSTILE, shielded);
  const claimed: boolean[] = [];
  markHits(claimed, insults);

  const reasons: TriageReason[] = distinctPhrases(insults).map((detail) => ({ code: 'hostile_words', detail }));
  for (const emoji of AGGRESSIVE_EMOJI) if (text.includes(emoji)) reasons.push({ code: 'aggressive_emoji', detail: emoji });
  const problem = firstPhrase(words, PROBLEM) !== null;
  // Praise only matters next to a problem: without one it is not looked for.
  const praise = problem ? (firstPhrase(words, PRAISING)?.phrase ?? (text.includes(CLAPPING) ? CLAPPING : null)) : null;
  if (praise !== null) reasons.push({ code: 'sarcasm', detail: praise });
  const trolling = reasons.length > 0;

  const shouting = isShouting(text);
  const burst = PUNCTUATION_BURST.test(text);
  const hostile = trolling || shouting || (burst && problem);
  if (shouting) reasons.push({ code: 'shouting' });
  if (burst && hostile) reasons.push({ code: 'exclamations' });
  return { hostile, trolling, claimed, reasons };
}

/** Mostly capitals over a sentence's worth of letters; "LADRONES" alone is an insult, not a shout. */
export function isShouting(text: string): boolean {
  if (mostCapitals(text) < SHOUTING_MIN_LETTERS * SHOUTING_SHARE) return false;
  const upper = text.replace(UPPER, '').length;
  if (upper < SHOUTING_MIN_LETTERS * SHOUTING_SHARE) return false;
  const lower = text.replace(LOWER, '').length;
  return upper + lower >= SHOUTING_MIN_LETTERS && upper / (upper + lower) >= SHOUTING_SHARE;
}

/** At least as many as the text's capitals (in UTF-16 units): A–Z, and every unit past ASCII. */
function mostCapitals(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) count++;
  }
  return count;
}
