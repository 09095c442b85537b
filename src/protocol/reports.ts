// The operation's reports on the wire: `GET /v1/reports` (one period, optionally grouped),
// `GET /v1/reports/cases` (the per-case rows behind any figure) and `GET /v1/reports/snapshots`
// (what a console keeps to read offline). Every formula is published in docs/metrics.md.
import { z } from 'zod';
import { CHANNELS, CONTACT_REASONS, RESOLUTIONS } from '../shared/domain.ts';
import { REPORT_FIGURES, type ReportFigure } from '../shared/reports/drill.ts';
import { id, isoDate, isoTime } from './fields.ts';

/**
 * `typology` is the guide's (commercial for requests; `none` where the reason says nothing
 * certain or is missing, src/shared/triage/priority-rules.ts); `type` is the latest message's
 * protocol type, A–E.
 */
export const REPORT_GROUPINGS = ['channel', 'agent', 'team', 'reason', 'product', 'typology', 'type'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export { REPORT_FIGURES, type ReportFigure };

/** `GET /v1/reports` and `/v1/reports/cases` query: a half-open period [from, to) on the server's clock. */
export const ReportQuery = z.object({
  from: isoTime,
  to: isoTime,
  by: z.enum(REPORT_GROUPINGS).optional(),
  /** Narrow to one agent or team (a supervisor's drill-down); an agent always gets their own. */
  agent: z.string().min(1).max(200).optional(),
  team: z.string().min(1).max(200).optional(),
  /** Drill-down filters for `/v1/reports/cases`: the group a figure belongs to. */
  channel: z.enum(CHANNELS).optional(),
  reason: z.enum(CONTACT_REASONS).optional(),
  product: z.string().min(1).max(200).optional(),
  /** Drill-down: only the cases this figure counts; without it, every case the period's figures count. */
  figure: z.enum(REPORT_FIGURES).optional(),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

const ratio = z.number().min(0).max(1).nullable();
const seconds = z.number().min(0).nullable();

export const ServiceLevel = z.object({ targetSeconds: z.int().positive(), within: z.int().min(0), total: z.int().min(0), ratio });

/** The figures of one period (or one group of it). A ratio or mean with nothing to count is null. */
export const ReportFigures = z.object({
  /** Cases opened in the period. */
  cases: z.int().min(0),
  resolved: z.int().min(0),
  firstResponse: z.object({ avgSeconds: seconds, p90Seconds: seconds }),
  /** AHT: opened to resolved, over the period's resolved cases. */
  handling: z.object({ avgSeconds: seconds }),
  /** ART: every customer message (or run of them) to the agent reply that answered it. */
  response: z.object({ avgSeconds: seconds }),
  /** Per channel: share of first responses within the channel's target, and ASA (mean first response). */
  serviceLevel: z.record(z.string(), ServiceLevel),
  asa: z.record(z.string(), seconds),
  fcr: z.object({ eligible: z.int().min(0), firstContact: z.int().min(0), ratio }),
  messagesPerCase: z.number().min(0).nullable(),
  reasons: z.record(z.string(), z.int().min(0)),
  complaints: z.int().min(0),
  autoReplied: z.int().min(0),
  /** Customer messages the noise filter hid (and nobody restored); a blocked sender's messages are `rejected`, not here. */
  filtered: z.int().min(0),
  rejected: z.int().min(0),
  peerAnswered: z.int().min(0),
  callsAvoided: z.int().min(0),
  occupancy: z.object({ signedInSeconds: z.number().min(0), productiveSeconds: z.number().min(0), ratio }),
  quality: z.object({ reviews: z.int().min(0), avgScore: z.number().nullable(), autoFails: z.int().min(0) }),
  csat: z.object({ sent: z.int().min(0), answered: z.int().min(0), score: z.number().nullable(), negative: z.int().min(0) }),
  /** Derivations to an area or a person made in the period (added later; absent is 0). */
  derived: z.int().min(0).default(0),
  /** The company's likes given in the period (`react`), on listening posts and customers' messages (added later; absent is 0). */
  likes: z.int().min(0).default(0),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

export const OperationReport = ReportFigures.extend({
  from: isoTime,
  to: isoTime,
  asOf: isoTime,
  /** Whose cases: the agents counted (a supervisor's teams, or the agent alone). */
  agents: z.array(z.string()),
  /** Complaints per week of the period (weeks start on Monday, UTC), for the trend. */
  complaintsByWeek: z.array(z.object({ week: isoDate, complaints: z.int().min(0), cases: z.int().min(0) })),
  groups: z.array(ReportFigures.extend({ key: z.string() })).optional(),
});
export type OperationReport = z.infer<typeof OperationReport>;

/** One case as the reports count it: the CSV export and every drill-down. */
export const ReportCaseRow = z.object({
  caseId: id,
  number: z.int().positive(),
  channel: z.enum(CHANNELS),
  agent: z.string().nullable(),
  team: z.string().nullable(),
  reason: z.enum(CONTACT_REASONS).nullable(),
  product: z.string().nullable(),
  resolution: z.enum(RESOLUTIONS).nullable(),
  openedAt: isoTime,
  firstResponseAt: isoTime.nullable(),
  resolvedAt: isoTime.nullable(),
  messages: z.int().min(0),
  autoReplied: z.int().min(0),
  filtered: z.int().min(0),
  /** Messages from a blocked sender. */
  rejected: z.int().min(0),
  /** The first survey question's answer, 1–5; null when no survey was answered. */
  csat: z.int().min(1).max(5).nullable(),
});
export type ReportCaseRow = z.infer<typeof ReportCaseRow>;
export const ReportCases = z.object({ rows: z.array(ReportCaseRow) });
export type ReportCases = z.infer<typeof ReportCases>;

/** What a console keeps to read reports offline: the last 8 weeks by week and the current month. */
export const ReportSnapshots = z.object({
  asOf: isoTime,
  weeks: z.array(OperationReport),
  month: OperationReport,
  previousMonth: OperationReport,
});
export type ReportSnapshots = z.infer<typeof ReportSnapshots>;
