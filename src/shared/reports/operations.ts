// The contract's operations for the reports page (spread into CONTRACT). A report and its
// drill-down rows come from the central API; offline, the synced snapshot answers what it holds.
import { z } from 'zod';
import { op } from '../contract-op.ts';
import { CHANNELS, CONTACT_REASONS } from '../domain.ts';
import { REPORT_FIGURES } from './drill.ts';
import type { ClockReading } from '../server-clock.ts';
import type { OperationReportView, ReportCaseView, ReportSnapshotsView } from './view.ts';

const instant = z.iso.datetime({ offset: true });
const name = z.string().min(1).max(200);

/** The page's "Ver por": the wire's groupings but the message type (A–E), which describes a message, not a case. */
export const REPORT_PAGE_GROUPINGS = ['channel', 'agent', 'team', 'reason', 'product', 'typology'] as const;
export type ReportPageGrouping = (typeof REPORT_PAGE_GROUPINGS)[number];

export const ReportPageQuery = z.object({
  from: instant,
  to: instant,
  /** Narrow to one agent or one team (supervisors); an agent always gets their own figures. */
  agent: name.optional(),
  team: name.optional(),
  /** Also the figures per group: the page's table by channel, agent, team, reason, product or typology. */
  by: z.enum(REPORT_PAGE_GROUPINGS).optional(),
}).strict();
export type ReportPageQuery = z.input<typeof ReportPageQuery>;

/** A drill-down: the cases one figure counts (every case of the period without one), narrowed to its group. */
export const ReportDrillQuery = ReportPageQuery.omit({ by: true }).extend({
  figure: z.enum(REPORT_FIGURES).optional(),
  channel: z.enum(CHANNELS).optional(),
  reason: z.enum(CONTACT_REASONS).optional(),
}).strict();
export type ReportDrillQuery = z.input<typeof ReportDrillQuery>;

/** A period's report and the one before it; `source` says whether it came live or from the snapshot. */
export interface ReportAnswer {
  current: OperationReportView;
  previous: OperationReportView | null;
  source: 'live' | 'snapshot';
  asOf: string;
  /** Offline and the snapshot does not hold the period asked: `current` is the snapshot's month instead. */
  substituted: boolean;
}

export const REPORT_OPERATIONS = {
  /** The period's figures by channel and the previous period's; offline, the snapshot's when it holds them. */
  operationReport: op<ReportAnswer>()(ReportPageQuery),
  /** Online only: the per-case rows behind a figure (and the CSV). */
  reportCases: op<ReportCaseView[]>()(ReportDrillQuery),
  /** The last pull's reading of the server's clock: the page's presets fall on the server's days, SLA clocks count on it. */
  reportClock: op<ClockReading>()(z.object({}).strict()),
  /** The snapshot synced for offline reading, or null when none has been synced yet. */
  reportSnapshot: op<ReportSnapshotsView | null>()(z.object({}).strict()),
} as const;
