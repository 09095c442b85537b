// The operation's reports as the console's screens read them. The wire's schemas live in
// src/protocol/reports.ts; main hands these on after checking that one is assignable to the
// other, so the page and the wire cannot drift apart.
import type { Channel, ContactReason, Resolution } from '../domain.ts';

export interface ServiceLevelFigure { targetSeconds: number; within: number; total: number; ratio: number | null }

/** One period's figures (or one group's); a ratio or mean with nothing to count is null. */
export interface ReportFiguresView {
  cases: number;
  resolved: number;
  firstResponse: { avgSeconds: number | null; p90Seconds: number | null };
  handling: { avgSeconds: number | null };
  response: { avgSeconds: number | null };
  serviceLevel: Record<string, ServiceLevelFigure>;
  asa: Record<string, number | null>;
  fcr: { eligible: number; firstContact: number; ratio: number | null };
  messagesPerCase: number | null;
  reasons: Record<string, number>;
  complaints: number;
  autoReplied: number;
  filtered: number;
  rejected: number;
  peerAnswered: number;
  callsAvoided: number;
  occupancy: { signedInSeconds: number; productiveSeconds: number; ratio: number | null };
  quality: { reviews: number; avgScore: number | null; autoFails: number };
  csat: { sent: number; answered: number; score: number | null; negative: number };
  derived: number;
  likes: number;
}

export interface WeekComplaints { week: string; complaints: number; cases: number }

export interface OperationReportView extends ReportFiguresView {
  from: string;
  to: string;
  asOf: string;
  agents: string[];
  complaintsByWeek: WeekComplaints[];
  groups?: (ReportFiguresView & { key: string })[];
}

/** One case as the reports count it: every drill-down and the CSV. */
export interface ReportCaseView {
  caseId: string;
  number: number;
  channel: Channel;
  agent: string | null;
  team: string | null;
  reason: ContactReason | null;
  product: string | null;
  resolution: Resolution | null;
  openedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  messages: number;
  autoReplied: number;
  filtered: number;
  rejected: number;
  csat: number | null;
}

export interface ReportSnapshotsView {
  asOf: string;
  weeks: OperationReportView[];
  month: OperationReportView;
  previousMonth: OperationReportView;
}
