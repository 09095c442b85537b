// Each case as the reports count it: its row (the CSV and every drill-down) and the facts its
// figures are made of, from the case, its thread, its state changes and the block list.
import type { ReportCaseRow, ReportGrouping } from '../../protocol/reports.ts';
import type { Channel, ContactReason, Resolution } from '../../shared/domain.ts';
import {
  firstResolution, firstResponseSeconds, heldMessages, isFirstContact, responseSamples, type StatusChange, type ThreadMessage,
} from '../../shared/reports/index.ts';
import { typologyOf } from '../../shared/triage/priority-rules.ts';
import type { ReportBlockRecord, ReportCaseRecord, ReportMessageRecord, ReportStatusRecord } from '../store/repositories.ts';

/** The key a case has in each grouping; `none` where it has no value. */
export type GroupKeys = Record<ReportGrouping, string>;

export const NONE = 'none';

export interface CaseFacts {
  row: ReportCaseRow;
  keys: GroupKeys;
  /** Opened in the period: counted in cases, first response, service level, ART, messages, reasons. */
  opened: boolean;
  /** Last resolved in the period (and resolved now): counted in resolved, AHT and calls avoided. */
  resolved: boolean;
  /** First resolved in the period: FCR's eligible cases. */
  fcrEligible: boolean;
  firstContact: boolean;
  firstResponseSeconds: number | null;
  /** Unanswered and not resolved: how long it has waited at the report's time (seconds); else null. */
  waitingSeconds: number | null;
  handlingSeconds: number | null;
  responseSamples: number[];
  peerAnswered: boolean;
  callAvoided: boolean;
  /** When it opened and was resolved (epoch ms): what places it in a period (see `inPeriod`). */
  at: { opened: number; firstResolved: number | null; lastResolved: number | null; resolutions: number[] };
}

export interface CaseInputs {
  record: ReportCaseRecord;
  team: string | null;
  messages: readonly ReportMessageRecord[];
  changes: readonly ReportStatusRecord[];
  blocks: readonly ReportBlockRecord[];
  csat: number | null;
}

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** The state changes, or for a case resolved before events were recorded, one resolution at its last update. */
function changesOf({ record, changes }: CaseInputs): StatusChange[] {
  if (changes.length > 0) return changes.map((c) => ({ from: c.from, to: c.to, at: ms(c.at) }));
  return record.status === 'resolved' ? [{ from: 'open', to: 'resolved', at: ms(record.updatedAt) }] : [];
}

/** Whether the case's sender was on the block list at `at`. */
const blockedAt = (record: ReportCaseRecord, blocks: readonly ReportBlockRecord[]) => {
  const own = record.handle === null ? [] : blocks.filter((b) => b.channel === record.channel && b.handle.toLowerCase() === record.handle?.toLowerCase());
  return (at: number) => own.some((b) => ms(b.blockedAt) <= at && (b.unblockedAt === null || at < ms(b.unblockedAt)));
};

/** The groups a case falls in. */
export const keysOf = (record: ReportCaseRecord, team: string | null): GroupKeys => ({
  channel: record.channel, agent: record.agent ?? NONE, team: team ?? NONE, reason: record.reason ?? NONE,
  product: record.product ?? NONE, typology: typologyOf(record.reason) ?? NONE, type: record.messageType ?? NONE,
});

export function caseFacts(input: CaseInputs, period: { from: number; to: number; asOf: number }): CaseFacts {
  const { record } = input;
  const openedAt = ms(record.createdAt);
  const changes = changesOf(input);
  // A survey answer ("5") is owed nothing: it starts no wait and is not part of the conversation.
  const messages = input.messages.filter((m) => !m.csatAnswer);
  const customer = messages.filter((m) => m.kind === 'customer');
  const verdicts = heldMessages(customer.map((m) => ({ text: m.text ?? '', at: ms(m.sentAt), promo: m.promo, restored: m.restored, judged: m.noise })),
    changes, blockedAt(record, input.blocks));
  let c = 0;
  // Only what the customer and the agents wrote, and the engine's auto-replies: any other kind
  // (a satisfaction survey, say) is neither a response nor an auto-reply.
  const thread: ThreadMessage[] = messages.flatMap((m): ThreadMessage[] => {
    if (m.kind === 'customer') return [{ kind: 'customer', at: ms(m.sentAt), held: verdicts[c++] !== null }];
    return m.kind === 'reply' || m.kind === 'auto_reply' ? [{ kind: m.kind, at: ms(m.sentAt) }] : [];
  });
  const first = firstResponseSeconds(thread, openedAt);
  const firstResolvedAt = firstResolution(changes);
  const lastResolvedAt = record.status === 'resolved' ? (changes.filter((x) => x.to === 'resolved').at(-1)?.at ?? null) : null;
  const within = (t: number | null) => t !== null && t >= period.from && t < period.to;
  return {
    row: {
      caseId: record.id, number: record.number, channel: record.channel as Channel, agent: record.agent, team: input.team,
      reason: record.reason as ContactReason | null, product: record.product, resolution: record.resolution as Resolution | null,
      openedAt: record.createdAt, firstResponseAt: iso(thread.find((m) => m.kind === 'reply')?.at ?? null), resolvedAt: iso(lastResolvedAt),
      messages: thread.filter((m) => m.kind !== 'auto_reply').length,
      autoReplied: thread.filter((m) => m.kind === 'auto_reply').length,
      filtered: verdicts.filter((v) => v === 'filtered').length,
      rejected: verdicts.filter((v) => v === 'rejected').length,
      csat: input.csat,
    },
    keys: keysOf(record, input.team),
    opened: within(openedAt),
    resolved: within(lastResolvedAt),
    fcrEligible: within(firstResolvedAt),
    firstContact: isFirstContact(changes),
    firstResponseSeconds: first,
    // Only a case owed an answer can miss its target: unanswered, unresolved, and not only noise.
    waitingSeconds: first === null && record.status !== 'resolved' && thread.some((m) => m.kind === 'customer' && !m.held)
      ? Math.max(0, period.asOf - openedAt) / 1000 : null,
    handlingSeconds: lastResolvedAt === null ? null : Math.max(0, lastResolvedAt - openedAt) / 1000,
    responseSamples: responseSamples(thread),
    peerAnswered: record.peerAnswered,
    callAvoided: record.callAvoided,
    at: { opened: openedAt, firstResolved: firstResolvedAt, lastResolved: lastResolvedAt, resolutions: changes.filter((x) => x.to === 'resolved').map((x) => x.at) },
  };
}

/**
 * The case as a shorter period within the one it was read for counts it, or null where that
 * period's read would not have found it (opened or resolved in it, as the store's `cases` reads).
 */
export function inPeriod(facts: CaseFacts, period: { from: number; to: number }): CaseFacts | null {
  const within = (t: number | null) => t !== null && t >= period.from && t < period.to;
  if (!within(facts.at.opened) && !facts.at.resolutions.some(within)) return null;
  return { ...facts, opened: within(facts.at.opened), resolved: within(facts.at.lastResolved), fcrEligible: within(facts.at.firstResolved) };
}
