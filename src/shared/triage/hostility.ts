// Signs that a message is angry or mocking (types C and E). Insults (listed, masked, hate, harm
// wished, animal names said of people), mockery, aggressive emoji and sarcasm can make a troll
// message (E); shouting, "!!!" and impatience only show impatience, so alone they make a message
// hostile (C) but never a troll: a customer who writes in capitals is still heard.
import { animalInsultsIn, harmWishesIn, hateIn, type Finding } from './hostile-aims.ts';
import { impatienceIn } from './impatience.ts';
import { complains, mockeryIn, sarcasmIn } from './irony.ts';
import { AGGRESSIVE_EMOJI, entriesOf, HOSTILE_EN, HOSTILE_ES, INNOCENT, LEXICONS } from './lexicon.ts';
import type { MessageText } from './message-text.ts';
import type { TriageReason } from './reasons.ts';
import { compileMasks, compilePhrases, distinctPhrases, findPhrases, markHits, unmaskWords } from './text.ts';

const HOSTILE = compilePhrases([...HOSTILE_ES, ...HOSTILE_EN]);
const INNOCENT_USES = compilePhrases(INNOCENT);
/** What a masked word ("p*ta", "m**rda", "sh*t") may stand for: the listed insults and swearing. */
const MASKABLE = compileMasks([...HOSTILE_ES, ...HOSTILE_EN]);
/** Words naming the company or stressing the insult ("esta empresa", "de verdad", "period"): not content in a hostile message. */
const TARGET = compilePhrases(entriesOf(LEXICONS.hostile, 'target'));
/** "se hacen llamar <lo que sea>", "call themselves <…>": the name mocked is not content either. */
const SO_CALLED = new Set(['llamar', 'lamar', 'themselves', 'itself']);
export const SO_CALLED_REACH = 3;

/** Shouting: at least this many letters, and this share of them in capitals. */
export const SHOUTING_MIN_LETTERS = 15;
export const SHOUTING_SHARE = 0.7;
const PUNCTUATION_BURST = /[!?¡¿]{3}/;
const UPPER = /[^\p{Lu}]+/gu;
const LOWER = /[^\p{Ll}]+/gu;

export interface Hostility {
  /** Angry or mocking: type C, or E when nothing else is said. */
  hostile: boolean;
  /** Insults, hate, harm wished, mockery, aggressive emoji or sarcasm: the signals that can make a message a troll's (E). */
  trolling: boolean;
  /** Words spent on insults, which are not content. */
  claimed: boolean[];
  reasons: TriageReason[];
}

export function hostilityOf(message: MessageText): Hostility {
  const { raw: text } = message;
  const words = unmaskWords(message.words, MASKABLE);
  const shielded: boolean[] = [];
  markHits(shielded, findPhrases(words, INNOCENT_USES));
  const insults: Finding[] = [
    ...findPhrases(words, HOSTILE, shielded),
    ...hateIn(words),
    ...harmWishesIn(words),
    ...animalInsultsIn(words),
  ];
  // Stemming every word for a complaint is the dearest rule: only read it when asked.
  let complained: boolean | undefined;
  const complaint = (): boolean => (complained ??= complains(words));
  const mockery = mockeryIn(words, text, complaint);
  const sarcasm = sarcasmIn(words, text, complaint);
  const claimed: boolean[] = [];
  markHits(claimed, insults);
  markHits(claimed, mockery);
  markHits(claimed, sarcasm);

  const reasons: TriageReason[] = distinctPhrases([...insults, ...mockery]).map((detail) => ({ code: 'hostile_words', detail }));
  for (const emoji of AGGRESSIVE_EMOJI) if (text.includes(emoji)) reasons.push({ code: 'aggressive_emoji', detail: emoji });
  const praise = sarcasm[0]?.phrase;
  if (praise !== undefined) reasons.push({ code: 'sarcasm', detail: praise });
  const trolling = reasons.length > 0;
  if (trolling) {
    markHits(claimed, findPhrases(words, TARGET, claimed));
    for (const hit of insults) if (SO_CALLED.has(words.keys[hit.end - 1] ?? '')) markHits(claimed, [{ ...hit, end: hit.end + SO_CALLED_REACH }]);
  }

  const impatience = impatienceIn(words, text);
  for (const detail of distinctPhrases(impatience)) reasons.push({ code: 'hostile_words', detail });
  const shouting = isShouting(text);
  const burst = PUNCTUATION_BURST.test(text);
  const hostile = trolling || impatience.length > 0 || shouting || (burst && complaint());
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
