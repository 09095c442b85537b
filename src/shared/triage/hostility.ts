// Signs that a message is angry or mocking (types C and E). Insults (listed, masked, hate, harm
// wished, animal names said of people), mockery, aggressive emoji and sarcasm can make a troll
// message (E); shouting, "!!!" and impatience only show impatience, so alone they make a message
// hostile (C) but never a troll: a customer who writes in capitals is still heard.
import { animalInsultsIn, harmWishesIn, hateIn, type Finding } from './hostile-aims.ts';
import { impatienceIn } from './impatience.ts';
import { complaintSentences, mockeryIn, sarcasmIn, thanks } from './irony.ts';
import { AGGRESSIVE_EMOJI, entriesOf, HOSTILE_EN, HOSTILE_ES, INNOCENT, LEXICONS, PRAISE } from './lexicon.ts';
import type { MessageText } from './message-text.ts';
import type { TriageReason } from './reasons.ts';
import { compileMasks, compilePhrases, distinctPhrases, findPhrases, firstPhrase, lazyClausesOf, markHits, unmaskWords, type Clauses, type Words } from './text.ts';

const HOSTILE = compilePhrases([...HOSTILE_ES, ...HOSTILE_EN]);
const INNOCENT_USES = compilePhrases(INNOCENT);
/** What a masked word ("p*ta", "m**rda", "sh*t") may stand for: the listed insults and swearing. */
const MASKABLE = compileMasks([...HOSTILE_ES, ...HOSTILE_EN]);
const { hostile } = LEXICONS;
/** Words stressing the insult ("de verdad", "seriously"): not content in a hostile message, nor is the company's name. */
const TARGET = compilePhrases([...entriesOf(hostile, 'target'), ...entriesOf(hostile, 'company')]);
/** "se hacen llamar <lo que sea>", "call themselves <…>": contempt, and the rest of the clause is the name mocked, not content. */
const SO_CALLED = compilePhrases(entriesOf(hostile, 'so_called'));
/** "la peor empresa del país", "worst company ever": the scope of a superlative, up to a few words after it. */
const SUPERLATIVE = compilePhrases(entriesOf(hostile, 'superlative'));
const SCOPE = compilePhrases(entriesOf(hostile, 'scope'));
export const SCOPE_REACH = 3;
/** "…, period", "y punto": a clause that only closes the statement. */
const CLINCHER = compilePhrases(entriesOf(hostile, 'clincher'));
const PRAISING = compilePhrases(PRAISE);

/** Shouting: at least this many letters, and this share of them in capitals. */
export const SHOUTING_MIN_LETTERS = 15;
export const SHOUTING_SHARE = 0.7;
const PUNCTUATION_BURST = /[!?¡¿]{3}/;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

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
  const clauses = lazyClausesOf(message.folded);
  const shielded: boolean[] = [];
  markHits(shielded, findPhrases(words, INNOCENT_USES));
  // Reading complaints stems words, the dearest rule: only when praise, irony or laughter asks.
  let complaints: Set<number> | undefined;
  const complaintsIn = (): Set<number> => (complaints ??= complaintSentences(words, clauses));
  const complaint = (): boolean => complaintsIn().size > 0;
  const insults: Finding[] = [
    ...findPhrases(words, HOSTILE, shielded),
    ...findPhrases(words, SO_CALLED).map((hit) => toClauseEnd(hit, words, clauses)),
    ...hateIn(words),
    ...harmWishesIn(words, clauses),
    ...animalInsultsIn(words, clauses, () => complaint() && !thanks(words) && firstPhrase(words, PRAISING) === null),
  ];
  const mockery = mockeryIn(words, text, clauses, complaint);
  const sarcasm = sarcasmIn(words, text, clauses, complaintsIn);
  const claimed: boolean[] = [];
  markHits(claimed, insults);
  markHits(claimed, mockery);
  markHits(claimed, sarcasm);

  const reasons: TriageReason[] = distinctPhrases([...insults, ...mockery]).map((detail) => ({ code: 'hostile_words', detail }));
  for (const emoji of AGGRESSIVE_EMOJI) if (text.includes(emoji)) reasons.push({ code: 'aggressive_emoji', detail: emoji });
  const praise = sarcasm[0]?.phrase;
  if (praise !== undefined) reasons.push({ code: 'sarcasm', detail: praise });
  const trolling = reasons.length > 0;
  if (trolling) markHits(claimed, stressWords(words, clauses, claimed));

  const impatience = impatienceIn(words, text, clauses);
  for (const detail of distinctPhrases(impatience)) reasons.push({ code: 'hostile_words', detail });
  const shouting = isShouting(text);
  const burst = PUNCTUATION_BURST.test(text);
  const hostile = trolling || impatience.length > 0 || shouting || (burst && complaint());
  if (shouting) reasons.push({ code: 'shouting' });
  if (burst && hostile) reasons.push({ code: 'exclamations' });
  return { hostile, trolling, claimed, reasons };
}

/** The hit and the rest of its clause. */
function toClauseEnd(hit: Finding, words: Words, clauses: Clauses): Finding {
  let end = hit.end;
  while (end < words.keys.length && clauses.clause[end] === clauses.clause[hit.start]) end++;
  return { ...hit, end };
}

/** Words that only stress an insult: the company's name, "de verdad", a superlative's scope, a closing "period". */
function stressWords(words: Words, clauses: Clauses, claimed: readonly boolean[]): Finding[] {
  const found = findPhrases(words, TARGET, claimed);
  const superlatives = findPhrases(words, SUPERLATIVE);
  if (superlatives.length > 0) {
    for (const scope of findPhrases(words, SCOPE)) {
      const superlative = superlatives.find((s) => s.end <= scope.start && scope.start - s.end <= SCOPE_REACH);
      if (superlative) found.push({ ...scope, start: superlative.end });
    }
  }
  for (const hit of findPhrases(words, CLINCHER)) {
    // Clauses are read (lazily) only for a clincher found.
    const { clause } = clauses;
    const alone = clause[hit.start - 1] !== clause[hit.start] && clause[hit.end] !== clause[hit.start];
    if (alone) found.push(hit);
  }
  return found;
}

/** Mostly capitals over a sentence's worth of letters; "LADRONES" alone is an insult, not a shout. */
export function isShouting(text: string): boolean {
  if (mostCapitals(text) < SHOUTING_MIN_LETTERS * SHOUTING_SHARE) return false;
  const { upper, lower } = lettersByCase(text);
  if (upper < SHOUTING_MIN_LETTERS * SHOUTING_SHARE) return false;
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

/** Capital and small letters (in UTF-16 units) in one pass; the Unicode classes only past ASCII. */
function lettersByCase(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (const char of text) {
    const c = char.charCodeAt(0);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    } else if (UPPER.test(char)) upper += char.length;
    else if (LOWER.test(char)) lower += char.length;
  }
  return { upper, lower };
}
