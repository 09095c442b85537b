// How urgent a case is, by the guide's routing variables (seed 001, section 6): each rule in the
// `priority_rules` document adds points and may set a floor ("BAJA" is at least high); the score
// maps to a priority through the document's thresholds, and the highest floor wins over it.
// Pure: the caller passes the waiting time in, so the inbox and the tests agree.
import { CHANNEL_INFO } from '../channels.ts';
import { PRIORITY_RANK, type Channel, type Priority, type Segment } from '../domain.ts';
import { cancellationIn } from './cancellation.ts';
import { asRead, type MessageText, type TextInput } from './message-text.ts';
import type { InfluenceLevel, PriorityRules, Typology } from './priority-rules.ts';
import { compilePhrases, firstPhrase, type PhraseList } from './text.ts';

export { DEFAULT_PRIORITY_RULES, parsePriorityRules, PriorityRules } from './priority-rules.ts';
export { influenceLevel } from './influence.ts';

export interface PriorityFacts {
  /** The customer's recent messages on the case. */
  texts: readonly TextInput[];
  channel: Channel;
  segment: Segment;
  influence: { level: InfluenceLevel };
  typology?: Typology | null;
  /** Minutes the customer has waited for an answer; null when nobody is waiting. */
  waitingMinutes: number | null;
  /** The server reopened the case for its agent after a negative survey (seed 001: contact the customer again). */
  recontact?: 'csat_negative' | null;
}

export type PriorityReason =
  | { code: 'keyword'; detail: string; group: string; points: number }
  | { code: 'segment'; detail: Segment; points: number }
  | { code: 'influence'; detail: InfluenceLevel; points: number }
  | { code: 'typology'; detail: Typology; points: number }
  /** `detail`: whole minutes waited. */
  | { code: 'late'; detail: string; points: number }
  | { code: 'very_late'; detail: string; points: number }
  /** Reopened by a negative satisfaction survey: at least high, whatever the score. */
  | { code: 'recontact'; detail: 'csat_negative'; points: number };

export interface PriorityResult {
  priority: Priority;
  score: number;
  reasons: PriorityReason[];
}

interface Effect {
  points: number;
  atLeast?: Priority | undefined;
}

export function computePriority(facts: PriorityFacts, rules: PriorityRules): PriorityResult {
  const applied: { reason: PriorityReason; atLeast?: Priority | undefined }[] = [];
  const add = (effect: Effect | undefined, reason: PriorityReason) => {
    // A rule worth nothing and setting no floor did not change the priority: not a reason.
    if (effect && (effect.points !== 0 || effect.atLeast)) applied.push({ reason, atLeast: effect.atLeast });
  };

  const messages = facts.texts.map(asRead);
  for (const group of compiled(rules)) {
    const phrase = firstKeyword(messages, group);
    if (phrase !== null) add(group, { code: 'keyword', detail: phrase, group: group.group, points: group.points });
  }
  const segment = rules.segments[facts.segment];
  add(segment, { code: 'segment', detail: facts.segment, points: segment?.points ?? 0 });
  const influence = rules.influence[facts.influence.level];
  add(influence, { code: 'influence', detail: facts.influence.level, points: influence?.points ?? 0 });
  if (facts.typology) {
    const typology = rules.typology[facts.typology];
    add(typology, { code: 'typology', detail: facts.typology, points: typology?.points ?? 0 });
  }
  const lateness = latenessOf(facts, rules);
  if (lateness) add(lateness.effect, lateness.reason);
  if (facts.recontact) add({ points: 0, atLeast: 'high' }, { code: 'recontact', detail: facts.recontact, points: 0 });

  const score = applied.reduce((sum, a) => sum + a.reason.points, 0);
  const floor = applied.reduce<Priority>((max, a) => (a.atLeast && PRIORITY_RANK[a.atLeast] > PRIORITY_RANK[max] ? a.atLeast : max), 'low');
  const byScore = priorityForScore(score, rules.thresholds);
  return {
    priority: PRIORITY_RANK[floor] > PRIORITY_RANK[byScore] ? floor : byScore,
    score,
    reasons: applied.map((a) => a.reason),
  };
}

export function priorityForScore(score: number, t: PriorityRules['thresholds']): Priority {
  if (score >= t.urgent) return 'urgent';
  if (score >= t.high) return 'high';
  if (score >= t.normal) return 'normal';
  return 'low';
}

function latenessOf(facts: PriorityFacts, rules: PriorityRules): { effect: Effect; reason: PriorityReason } | null {
  const waited = facts.waitingMinutes;
  if (waited === null || !Number.isFinite(waited)) return null;
  const sla = CHANNEL_INFO[facts.channel].slaMinutes;
  const detail = String(Math.floor(Math.max(0, waited)));
  // Same boundary as sla.ts: at the full service level the case is late.
  if (waited >= sla * rules.sla.veryLateFactor) {
    return { effect: rules.sla.veryLate, reason: { code: 'very_late', detail, points: rules.sla.veryLate.points } };
  }
  if (waited >= sla) return { effect: rules.sla.late, reason: { code: 'late', detail, points: rules.sla.late.points } };
  return null;
}

interface CompiledGroup extends Effect {
  group: string;
  phrases: PhraseList;
  unless: PhraseList;
  reader: ((text: MessageText) => string | null) | null;
}

/** The built-in readers a keyword group may name (priority-rules.ts `reader`). */
const READERS: Record<NonNullable<PriorityRules['keywords'][number]['reader']>, (text: MessageText) => string | null> = {
  cancellation: cancellationIn,
};

// Rules arrive once per sync and are read for every case: compile their phrases once per
// document (documents are treated as immutable, as parsing returns them).
const cache = new WeakMap<PriorityRules, CompiledGroup[]>();

function compiled(rules: PriorityRules): CompiledGroup[] {
  let groups = cache.get(rules);
  if (!groups) {
    groups = rules.keywords.map((k) => ({
      group: k.group,
      points: k.points,
      atLeast: k.atLeast,
      phrases: compilePhrases(k.phrases),
      unless: compilePhrases(k.unless ?? []),
      reader: k.reader ? READERS[k.reader] : null,
    }));
    cache.set(rules, groups);
  }
  return groups;
}

/**
 * What the group reads in the first message that has it and none of its `unless` phrases: when
 * the group names a reader, what the reader finds (the reader decides, its phrases are not
 * read: "no quiero darme de baja" holds a phrase but asks nothing); else its first phrase.
 */
function firstKeyword(messages: readonly MessageText[], group: CompiledGroup): string | null {
  for (const text of messages) {
    const found = group.reader ? group.reader(text) : (firstPhrase(text.words, group.phrases)?.phrase ?? null);
    if (found !== null && firstPhrase(text.words, group.unless) === null) return found;
  }
  return null;
}

/** What a keyword group of the rules reads in one message, as the inbox reads it; null when nothing or no such group. */
export function keywordIn(rules: PriorityRules, group: string, text: TextInput): string | null {
  const compiledGroup = compiled(rules).find((g) => g.group === group);
  return compiledGroup ? firstKeyword([asRead(text)], compiledGroup) : null;
}

