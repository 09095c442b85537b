// Finding a template while typing "/demo…" in the composer: accent- and case-insensitive, fuzzy
// (letters in order, gaps allowed), ranked by how well it matches, then by the case's language,
// the channel, and the agent's own use and recency.
import { CHANNEL_INFO } from './channels.ts';
import type { Channel, Language } from './domain.ts';

export interface TemplateCandidate {
  id: string;
  /** Recorded with a reply made from it, so later edits never rewrite what was sent. */
  version: number;
  title: string;
  shortcut: string | null;
  language: Language;
  channels: Channel[] | null;
  body: string;
  uses: number;
  lastUsedAt: string | null;
  /** The username of a personal template's author; null or absent for the company's. */
  owner?: string | null;
}

export interface TemplateContext {
  /** null with no case open: no channel to be too long for or meant for. */
  channel: Channel | null;
  language: Language;
  now: Date;
}

export interface TemplateMatch {
  id: string;
  score: number;
  /** Longer than the channel accepts: the composer warns before inserting it. */
  tooLong: boolean;
  /** Marked for other channels only. */
  otherChannel: boolean;
}

const NON_ASCII = /[^\0-\x7f]/;
/** Lowercase, accents folded: "Facturación" → "facturacion". */
export const fold = (text: string): string =>
  // ASCII has nothing to decompose: most messages skip the two passes over every character.
  NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();

/** A title or shortcut, folded, and its words. */
interface Searchable {
  text: string;
  words: string[];
}

const searchable = (raw: string): Searchable => {
  const text = fold(raw);
  return { text, words: text.split(/[^\p{L}\p{N}]+/u) };
};

/** What a lookup needs from a candidate that only depends on the candidate. */
interface Prepared {
  title: Searchable;
  shortcut: Searchable | null;
  /** The body's length in characters, not UTF-16 units. */
  length: number;
}

// Candidates are read-only and the same objects come back lookup after lookup (one per
// keystroke), so each is folded and measured once rather than on every call.
const preparedCache = new WeakMap<TemplateCandidate, Prepared>();

function prepared(t: TemplateCandidate): Prepared {
  let found = preparedCache.get(t);
  if (!found) {
    found = { title: searchable(t.title), shortcut: t.shortcut ? searchable(t.shortcut) : null, length: Array.from(t.body).length };
    preparedCache.set(t, found);
  }
  return found;
}

/** How well `query` matches a title or shortcut: prefix > word start > substring > letters in order; 0 = no match. */
function matchScore(query: string, { text, words }: Searchable): number {
  if (query === '') return 1;
  if (text.startsWith(query)) return 100;
  if (words.some((word) => word.startsWith(query))) return 70;
  if (text.includes(query)) return 50;
  let at = 0;
  for (const letter of query) {
    at = text.indexOf(letter, at) + 1;
    if (at === 0) return 0;
  }
  return 20 * (query.length / text.length);
}

const DAY = 24 * 60 * 60 * 1000;

/** How a template fits the case's channel: too long for it, or marked for other channels only. */
export function channelFit(t: TemplateCandidate, channel: Channel | null): { tooLong: boolean; otherChannel: boolean } {
  if (channel === null) return { tooLong: false, otherChannel: false };
  return {
    tooLong: prepared(t).length > CHANNEL_INFO[channel].maxLength,
    otherChannel: t.channels !== null && !t.channels.includes(channel),
  };
}

export function rankTemplates(candidates: readonly TemplateCandidate[], query: string, context: TemplateContext, limit = 20): TemplateMatch[] {
  const wanted = fold(query.trim());
  const matches: TemplateMatch[] = [];
  for (const t of candidates) {
    const { title, shortcut } = prepared(t);
    const byShortcut = shortcut ? matchScore(wanted, shortcut) * 1.2 : 0;
    const byTitle = matchScore(wanted, title);
    const relevance = Math.max(byShortcut, byTitle);
    if (relevance === 0) continue;
    const { tooLong, otherChannel } = channelFit(t, context.channel);
    const daysSinceUse = t.lastUsedAt ? (context.now.getTime() - Date.parse(t.lastUsedAt)) / DAY : Infinity;
    const score =
      relevance +
      (t.language === context.language ? 30 : 0) +
      (otherChannel ? -40 : 0) +
      Math.min(20, 5 * Math.log2(1 + t.uses)) +
      (daysSinceUse < 30 ? 10 * (1 - daysSinceUse / 30) : 0);
    matches.push({ id: t.id, score, tooLong, otherChannel });
  }
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
