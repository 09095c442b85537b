// Judges one case from what the cache holds: each new customer message's type and noise, then
// the case's priority and whether only noise waits on it. Pure: the caller reads and writes.
import { CHANNEL_INFO } from '../../shared/channels.ts';
import { PRIORITY_RANK, type CaseStatus, type Channel, type Segment } from '../../shared/domain.ts';
import { casePriority } from '../../shared/triage/case-priority.ts';
import {
  classifyMessage, noiseOf, readMessage, type Classification, type MessageText, type PriorityRules, type TextInput,
} from '../../shared/triage/index.ts';
import type { CachedCase } from '../db/repositories/cases.ts';
import type { CaseJudgement, MessageJudgement, TriageThreadRow } from '../db/repositories/triage.ts';
import type { Prejudgement } from './prejudge.ts';

export interface CaseFacts {
  cached: CachedCase;
  thread: readonly TriageThreadRow[];
  customer: { segment: string; followers: number; public_figure: number } | undefined;
  rules: PriorityRules;
  /** The server's clock at the last pull (ms); null before the first. */
  serverNow: number | null;
  /** Classify every customer message again, not only new versions (the classifier changed). */
  reclassify: boolean;
  /** The case's sender is on the organisation's block list: what they write stays out of the queue. */
  senderBlocked: boolean;
  /** The message read and classified ahead (a first sync's waits), when still valid for this row. */
  prejudged?: ((row: TriageThreadRow) => Prejudgement | undefined) | undefined;
}

export function judgeCase(facts: CaseFacts): { messages: MessageJudgement[]; case: CaseJudgement } {
  const { cached, thread, rules, serverNow } = facts;
  const channel = cached.channel;
  const messages: MessageJudgement[] = [];
  // A message judged here is read once, and its reading serves the next message's duplicate
  // check and the keyword rules; the others stay strings, read only if a rule needs them.
  const customerTexts: TextInput[] = [];
  /** Whether each customer message after the latest answer is filtered noise. */
  let waiting: boolean[] = [];
  let filteredCount = 0;
  let previous: TextInput | null = null;

  for (const row of thread) {
    // An out-of-hours auto-reply or a satisfaction survey answers nothing: what waited before it still waits.
    if (row.kind === 'auto_reply' || row.kind === 'survey') continue;
    if (row.kind !== 'customer') {
      waiting = [];
      continue;
    }
    let noise = row.noise;
    let text: TextInput = row.text;
    // A block (or its lifting) judges the sender's messages again, like a new classifier would.
    const blockChanged = facts.senderBlocked !== (row.noise === 'blocked');
    if (facts.reclassify || blockChanged || row.classified_version !== row.version) {
      // Reading the words again is cheap next to classifying them, which a reading ahead spares.
      const ahead = facts.prejudged?.(row);
      text = readMessage(row.text);
      // Noise is judged once, as the message arrives: "sí" answering the agent's question stays
      // an answer after the case's state moves on.
      const judged = judgeMessage(row, text, channel, previous, cached.status, ahead?.classification);
      if (facts.senderBlocked) judged.noise = 'blocked';
      // The answer to a survey ("5", "👍") reads like noise, and is the customer's answer.
      else if (row.csat_answer === 1) judged.noise = null;
      messages.push({ ...judged, case_id: cached.id });
      noise = judged.noise;
    }
    const filtered = noise !== null && row.restored !== 1;
    if (filtered) filteredCount += 1;
    waiting.push(filtered);
    customerTexts.push(text);
    previous = text;
  }

  const customer = facts.customer;
  const result = casePriority({
    texts: customerTexts,
    channel,
    customer: customer && { segment: customer.segment as Segment, followers: customer.followers, publicFigure: customer.public_figure === 1 },
    reason: cached.reason,
    status: cached.status,
    waitingSince: cached.waitingSince,
    recontact: cached.recontact,
    serverNow,
  }, rules);
  const onlyNoise = cached.status !== 'resolved' && waiting.length > 0 && waiting.every(Boolean);
  return {
    messages,
    case: {
      case_id: cached.id,
      priority: result.priority,
      rank: PRIORITY_RANK[result.priority],
      score: result.score,
      reasons: JSON.stringify(result.reasons),
      filtered: onlyNoise ? 1 : 0,
      filtered_count: filteredCount,
      recheck_at: nextStep(cached.waitingSince, channel, rules, serverNow),
    },
  };
}

function judgeMessage(
  row: TriageThreadRow, text: MessageText, channel: Channel, previous: TextInput | null, caseStatus: CaseStatus,
  classified?: Classification,
): Omit<MessageJudgement, 'case_id'> {
  const classification = classified ?? classifyMessage({ text, channel });
  const noise = noiseOf({ text, previous, caseStatus, repliesToPromo: row.promo !== null });
  return {
    message_id: row.id,
    message_version: row.version,
    type_override: row.decision_type ?? null,
    restored: row.decision_restored ?? 0,
    type: classification.type,
    reasons: JSON.stringify(classification.reasons),
    noise: noise?.kind ?? null,
  };
}

/** When the wait crosses the next service-level step (late, then very late); null past both. */
function nextStep(waitingSince: string | null, channel: Channel, rules: PriorityRules, serverNow: number | null): string | null {
  if (waitingSince === null) return null;
  const since = Date.parse(waitingSince);
  if (Number.isNaN(since)) return null;
  const sla = CHANNEL_INFO[channel].slaMinutes * 60_000;
  const step = [since + sla, since + sla * rules.sla.veryLateFactor].find((at) => serverNow === null || at > serverNow);
  return step === undefined ? null : new Date(step).toISOString();
}
