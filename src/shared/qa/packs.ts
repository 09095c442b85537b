// A QA pack as the console shows it: the server's sample (or a calibration's cases) with its
// progress. The wire's schema (src/protocol/qa.ts) checks every pack against these types.
import type { Channel, ContactReason, Resolution } from '../domain.ts';
import type { SeniorityBand, StratumDimension } from './strata.ts';

export interface QaPackCase {
  caseId: string;
  number: number;
  agent: string;
  channel: Channel;
  stratum: string;
  seniority: SeniorityBand;
  reason: ContactReason | null;
  resolution: Resolution | null;
  /** Seconds from the first customer message to the first reply; from the first message to resolution. */
  firstResponseSeconds: number | null;
  handleSeconds: number | null;
  messages: number;
}

export interface QaPackData {
  createdBy: string;
  createdAt: string;
  title: string;
  seed: string;
  period: { from: string; to: string };
  perAgent: number;
  by: StratumDimension[];
  agents: string[];
  team: string | null;
  strata: { key: string; count: number }[];
  cases: QaPackCase[];
  calibration: { reviewers: string[]; benchmark: string } | null;
}

export interface QaPack extends QaPackData {
  id: string;
}

/** How far a pack's review has got: reviews the server holds, and those queued on this console. */
export interface QaPackProgress {
  total: number;
  /** Reviewed: on the server or queued here. */
  reviewed: number;
  /** Queued on this console, not yet delivered. */
  queued: number;
  done: boolean;
}

/**
 * A pack's progress from its counts ("12/20 revisados · 3 por enviar"): reviews submitted to the
 * server and reviews queued here, each case counted once, never past the pack's size.
 */
export function packProgress(counts: { total: number; submitted: number; queued: number }): QaPackProgress {
  const queued = Math.max(0, Math.min(counts.queued, counts.total));
  const reviewed = Math.min(counts.total, Math.max(0, counts.submitted) + queued);
  return { total: counts.total, reviewed, queued, done: counts.total > 0 && reviewed === counts.total };
}

export interface QaPackSummary {
  id: string;
  title: string;
  createdBy: string;
  createdAt: string;
  seed: string;
  period: { from: string; to: string };
  calibration: QaPackData['calibration'];
  progress: QaPackProgress;
}
