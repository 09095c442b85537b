// The word lists triage reads, kept as data in lexicons/*.json: each group of entries says its
// category, its language and where it came from (lexicons/README.md lists the sources). Entries
// are written as customers write them and matched whole-word, accent- and case-insensitively,
// with repeated letters squeezed and leetspeak decoded (text.ts). Each entry that matches is
// reported as it is written there, so keep entries readable.
import content from './lexicons/content.json' with { type: 'json' };
import emoji from './lexicons/emoji.json' with { type: 'json' };
import hostile from './lexicons/hostile.json' with { type: 'json' };
import innocent from './lexicons/innocent.json' with { type: 'json' };
import retention from './lexicons/retention.json' with { type: 'json' };
import sarcasm from './lexicons/sarcasm.json' with { type: 'json' };
import { compileStems, type StemList } from './stems.ts';
import { compilePhrases, wordsOf, type PhraseList } from './text.ts';

export interface LexiconGroup {
  category: string;
  /** 'es', 'en', or 'any' for emoji and typed laughter. */
  lang: string;
  /** Where the entries came from: a key of lexicons/README.md's source table. */
  source: string;
  entries: readonly string[];
}

export interface Lexicon {
  about: string;
  groups: readonly LexiconGroup[];
}

export const LEXICONS = { content, emoji, hostile, innocent, retention, sarcasm } as const satisfies Record<string, Lexicon>;

/** The entries of a lexicon, of the given categories (all when none is given), in file order. */
export function entriesOf(lexicon: Lexicon, ...categories: string[]): string[] {
  return lexicon.groups.filter((g) => categories.length === 0 || categories.includes(g.category)).flatMap((g) => g.entries);
}

const inLanguage = (lexicon: Lexicon, lang: string, categories: readonly string[]): string[] =>
  lexicon.groups.filter((g) => g.lang === lang && categories.includes(g.category)).flatMap((g) => g.entries);

/** The categories of hostile.json that are insults by themselves; the others need a context rule. */
const STOCK_HOSTILE = ['theft', 'insult', 'contempt', 'swear', 'fed_up', 'dismissal', 'threat'];

/** Rioplatense and Latin American Spanish insults and angry phrases aimed at the company. */
export const HOSTILE_ES: readonly string[] = inLanguage(hostile, 'es', STOCK_HOSTILE);

/** English insults and angry phrases aimed at the company. */
export const HOSTILE_EN: readonly string[] = inLanguage(hostile, 'en', STOCK_HOSTILE);

/**
 * Innocent uses of hostile words: the words they cover never count as hostility
 * ("me quisieron estafar" reports a fraud attempt against the customer).
 */
export const INNOCENT: readonly string[] = entriesOf(innocent);

/** Emoji that insult or rage; 😂 and 🙄 are left out: friends use them too. */
export const AGGRESSIVE_EMOJI: readonly string[] = entriesOf(emoji, 'aggressive');

/** Applause is praise without words. */
export const CLAPPING: string = entriesOf(emoji, 'applause')[0] ?? '👏';

/** Praise that, next to a stated problem, is sarcasm: "excelente servicio, 3 días sin internet". */
export const PRAISE: readonly string[] = entriesOf(sarcasm, 'praise');

/** Plainly stated problems: with praise they are sarcasm, with "!!!" impatience. */
export const PROBLEMS: readonly string[] = entriesOf(sarcasm, 'problem');

/** Which lexicon entries a language group holds, for stem lists ({ word, lang }). */
export function stemEntriesOf(lexicon: Lexicon, category: string): { word: string; lang: 'es' | 'en' }[] {
  return lexicon.groups
    .filter((g) => g.category === category && (g.lang === 'es' || g.lang === 'en'))
    .flatMap((g) => g.entries.map((word) => ({ word, lang: g.lang as 'es' | 'en' })));
}

/**
 * A category compiled once for reading: its single words to stems (every form of a verb), its
 * multi-word entries to phrases matched as written.
 */
export function compileCategory(lexicon: Lexicon, ...categories: string[]): { stems: StemList; phrases: PhraseList } {
  const entries = categories.flatMap((category) => stemEntriesOf(lexicon, category));
  return {
    stems: compileStems(entries.filter((e) => !e.word.includes(' '))),
    phrases: compilePhrases(entries.filter((e) => e.word.includes(' ')).map((e) => e.word)),
  };
}

/** The squeezed keys of every word of a category's entries, for whole-word look-ups by key. */
export function keysOf(lexicon: Lexicon, ...categories: string[]): ReadonlySet<string> {
  return new Set(entriesOf(lexicon, ...categories).flatMap((entry) => wordsOf(entry).keys));
}
