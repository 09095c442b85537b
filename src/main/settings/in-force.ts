// The one way a synced settings document is read: the server's document when it is valid, the
// defaults when it is absent or invalid, and why it was refused. An invalid document is refused
// whole and reported (sync status, `doctor`), never half-applied.
import { AUTO_REPLIES_SETTING, autoRepliesFrom, DEFAULT_AUTO_REPLIES, type AutoReplies } from '../../shared/autoreply/index.ts';
import { BUSINESS_HOURS_SETTING, businessHoursFrom, DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../../shared/hours/index.ts';
import { CSAT_SETTING, csatSettingsFrom, DEFAULT_CSAT, type CsatSettings } from '../../shared/csat/settings.ts';
import { DEFAULT_SCORECARDS, QA_SCORECARDS_SETTING, scorecardFrom, type ScorecardsDocument } from '../../shared/qa/scorecard.ts';
import { DEFAULT_RETENTION, RETENTION_SETTING, retentionFrom, type Retention } from '../../shared/retention.ts';
import { DEFAULT_ROUTING, ROUTING_SETTING, routingFrom, type RoutingDocument } from '../../shared/routing/document.ts';
import { DEFAULT_LISTENING, LISTENING_SETTING, listeningFrom, type ListeningDocument } from '../../shared/listening/document.ts';
import type { ReferenceRepository } from '../db/repositories/reference.ts';

/** A settings document the console reads: its id, its defaults, and how a document is checked. */
export interface SettingDocument<T> {
  id: string;
  defaults: T;
  /** The document's value, or the defaults and why the document was refused. */
  read(document: unknown): { value: T; problem: string | null };
}

export interface SettingInForce<T> {
  value: T;
  /** The version of the server's document; null when it sent none. */
  version: number | null;
  /** Why the server's document was refused; null when it was used or absent. */
  problem: string | null;
}

// Read once per document version: the rules compile their phrases and a schedule keeps its
// open spans once computed, so the same document must stay the same object.
interface Cached { version: number; text: string; result: SettingInForce<unknown> }
const cache = new WeakMap<ReferenceRepository, Map<string, Cached>>();

export function settingInForce<T>(reference: ReferenceRepository, document: SettingDocument<T>): SettingInForce<T> {
  const row = reference.settingRow(document.id);
  if (!row) return { value: document.defaults, version: null, problem: null };
  let byId = cache.get(reference);
  if (!byId) cache.set(reference, (byId = new Map<string, Cached>()));
  const cached = byId.get(document.id);
  // The cache holds each id's own document type.
  if (cached?.version === row.version && cached.text === row.value) return cached.result as SettingInForce<T>;
  const result = { ...read(document, row.value), version: row.version };
  byId.set(document.id, { version: row.version, text: row.value, result });
  return result;
}

function read<T>(document: SettingDocument<T>, text: string): { value: T; problem: string | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: document.defaults, problem: 'the document is not valid JSON' };
  }
  return document.read(parsed);
}

export const BUSINESS_HOURS_DOCUMENT: SettingDocument<BusinessHours> = {
  id: BUSINESS_HOURS_SETTING,
  defaults: DEFAULT_BUSINESS_HOURS,
  read: (document) => {
    const { hours, problem } = businessHoursFrom(document);
    return { value: hours, problem };
  },
};

export const AUTO_REPLIES_DOCUMENT: SettingDocument<AutoReplies> = {
  id: AUTO_REPLIES_SETTING,
  defaults: DEFAULT_AUTO_REPLIES,
  read: (document) => {
    const { replies, problem } = autoRepliesFrom(document);
    return { value: replies, problem };
  },
};

export const RETENTION_DOCUMENT: SettingDocument<Retention> = {
  id: RETENTION_SETTING,
  defaults: DEFAULT_RETENTION,
  read: (document) => {
    const { retention, problem } = retentionFrom(document);
    return { value: retention, problem };
  },
};

export const SCORECARDS_DOCUMENT: SettingDocument<ScorecardsDocument> = {
  id: QA_SCORECARDS_SETTING,
  defaults: DEFAULT_SCORECARDS,
  read: (document) => {
    const { scorecard, problem } = scorecardFrom(document);
    return { value: scorecard, problem };
  },
};

export const CSAT_DOCUMENT: SettingDocument<CsatSettings> = {
  id: CSAT_SETTING,
  defaults: DEFAULT_CSAT,
  read: (document) => {
    const { settings, problem } = csatSettingsFrom(document);
    return { value: settings, problem };
  },
};

export const ROUTING_DOCUMENT: SettingDocument<RoutingDocument> = {
  id: ROUTING_SETTING,
  defaults: DEFAULT_ROUTING,
  read: (document) => {
    const { routing, problem } = routingFrom(document);
    return { value: routing, problem };
  },
};

export const LISTENING_DOCUMENT: SettingDocument<ListeningDocument> = {
  id: LISTENING_SETTING,
  defaults: DEFAULT_LISTENING,
  read: (document) => {
    const { listening, problem } = listeningFrom(document);
    return { value: listening, problem };
  },
};
