// Who might be the same person: two customer records sharing a phone number, an e-mail
// address or a handle. Keys ignore how the number or address was typed, so "+54 9 11 5555-1234"
// on WhatsApp meets "1155551234" on SMS. A match is only a suggestion: an agent decides.
import type { Channel } from './domain.ts';
import { fold } from './template-search.ts';

export type MatchKind = 'phone' | 'email' | 'handle';

export interface MatchKey {
  kind: MatchKind;
  /** The normalised value: digits of a phone, a lowercased address or handle. */
  value: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Local numbers are compared by their last ten digits: country and mobile prefixes
// ("+54 9") are written one way on WhatsApp and another on a form.
const PHONE_DIGITS = 10;

/** The key an identity is matched by, or null when nothing useful remains (a bare "@"). */
export function matchKeyOf(channel: Channel, handle: string): MatchKey | null {
  const trimmed = handle.trim().normalize('NFKC');
  if (EMAIL.test(trimmed)) return { kind: 'email', value: trimmed.toLowerCase() };
  const digits = trimmed.replace(/[\s().+-]/g, '');
  if (/^\d{8,15}$/.test(digits) || channel === 'whatsapp' || channel === 'sms') {
    const only = digits.replace(/\D/g, '');
    return only.length >= 8 ? { kind: 'phone', value: only.slice(-PHONE_DIGITS) } : null;
  }
  const name = trimmed.replace(/^@+/, '').toLowerCase();
  return name.length >= 2 ? { kind: 'handle', value: name } : null;
}

export const keyString = (key: MatchKey): string => `${key.kind}:${key.value}`;

/** The keys two records share, each once: what a merge suggestion says it is based on. */
export function sharedKeys(
  a: readonly { channel: Channel; handle: string }[],
  b: readonly { channel: Channel; handle: string }[],
): MatchKey[] {
  const keysOf = (identities: typeof a) =>
    new Map(identities.map((i) => matchKeyOf(i.channel, i.handle)).filter((k): k is MatchKey => k !== null).map((k) => [keyString(k), k]));
  const theirs = keysOf(b);
  return [...keysOf(a)].filter(([s]) => theirs.has(s)).map(([, k]) => k);
}

/** A customer record as the link and merge pickers list it. */
export interface Candidate {
  id: string;
  name: string;
  identities: readonly { channel: Channel; handle: string }[];
}

/**
 * Records whose name or an account contains every word typed, accents and case aside; the
 * console searches its cache with it and the central API its directory.
 */
export function searchCandidates<C extends Candidate>(candidates: Iterable<C>, query: string, limit = 20): C[] {
  const words = fold(query).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const found: C[] = [];
  for (const c of candidates) {
    const text = fold([c.name, ...c.identities.map((i) => i.handle)].join(' '));
    if (words.every((w) => text.includes(w))) found.push(c);
    if (found.length === limit) break;
  }
  return found;
}

/** Records sharing a phone, an e-mail or a handle with `identities`, and which. */
export function matchingCandidates<C extends Candidate>(
  identities: readonly { channel: Channel; handle: string }[],
  candidates: Iterable<C>,
): { customer: C; shared: MatchKey[] }[] {
  const matches: { customer: C; shared: MatchKey[] }[] = [];
  for (const c of candidates) {
    const shared = sharedKeys(identities, c.identities);
    if (shared.length > 0) matches.push({ customer: c, shared });
  }
  return matches;
}
