// What a supervisor asks a draw for, checked the same by the console's contract and the server.
import { z } from 'zod';
import type { Channel } from '../domain.ts';
import { STRATUM_DIMENSIONS } from './strata.ts';

/** Cases per agent a draw may ask for. */
export const PER_AGENT_MAX = 100;

const isoTime = z.iso.datetime({ offset: true });
const username = z.string().min(1).max(100);

export const QaDrawInput = z.object({
  /** The period, by the server's clock; the last 4 weeks when left out. */
  from: isoTime.optional(),
  to: isoTime.optional(),
  agents: z.array(username).min(1).max(500).optional(),
  team: z.string().min(1).max(100).optional(),
  perAgent: z.int().min(1).max(PER_AGENT_MAX),
  by: z.array(z.enum(STRATUM_DIMENSIONS)).max(STRATUM_DIMENSIONS.length).optional(),
  /** Left out, the server chooses one and answers it, so the confirm draws the same. */
  seed: z.string().min(1).max(100).optional(),
});
export type QaDrawInput = z.input<typeof QaDrawInput>;

/** A draw's outcome: the preview, or (with packId) the pack created. */
export interface QaDrawResult {
  packId: string | null;
  seed: string;
  period: { from: string; to: string };
  strata: { key: string; count: number }[];
  total: number;
  perAgent: { agent: string; count: number }[];
  cases: { caseId: string; agent: string; channel: Channel; stratum: string }[];
}

export const QaCalibrationInput = z.object({
  /** The cases: a pack's, or named one by one. */
  packId: z.string().min(1).max(200).optional(),
  caseIds: z.array(z.string().min(1).max(200)).min(1).max(2_000).optional(),
  /** The supervisors who review them; the one opening the session joins as the benchmark. */
  reviewers: z.array(username).min(1).max(50),
}).refine((r) => (r.packId === undefined) !== (r.caseIds === undefined), { message: 'Give either packId or caseIds' });
export type QaCalibrationInput = z.input<typeof QaCalibrationInput>;

export interface QaCalibrationResult {
  packId: string;
  reviewers: string[];
  cases: number;
}
