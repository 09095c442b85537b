// Supervisors' quality work on the wire: drawing a sample into a pack, calibration sessions,
// and the pack itself as it syncs to its reviewers (docs/openapi.yaml).
import { z } from 'zod';
import { CHANNELS, CONTACT_REASONS, RESOLUTIONS } from '../shared/domain.ts';
import { PER_AGENT_MAX, QaCalibrationInput, QaDrawInput, type QaCalibrationResult, type QaDrawResult } from '../shared/qa/draw.ts';
import type { QaPackData } from '../shared/qa/packs.ts';
import { SENIORITY_BANDS, STRATUM_DIMENSIONS } from '../shared/qa/strata.ts';

export { PER_AGENT_MAX };
import { id, isoTime } from './fields.ts';

/** Cases a pack may hold (a calibration's caseIds too). */
export const PACK_CASES_MAX = 2_000;

const username = z.string().min(1).max(100);
const seed = z.string().min(1).max(100);

export const QaStratum = z.object({ key: z.string().max(400), count: z.int().nonnegative() });

export const QaPackCase = z.object({
  caseId: id,
  number: z.int().positive(),
  agent: username,
  channel: z.enum(CHANNELS),
  stratum: z.string().max(400),
  seniority: z.enum(SENIORITY_BANDS),
  reason: z.enum(CONTACT_REASONS).nullable(),
  resolution: z.enum(RESOLUTIONS).nullable(),
  /** Seconds from the first customer message to the first reply; from the first message to resolution. */
  firstResponseSeconds: z.int().nonnegative().nullable(),
  handleSeconds: z.int().nonnegative().nullable(),
  messages: z.int().nonnegative(),
});
export type QaPackCase = z.infer<typeof QaPackCase>;

/** A pack: a drawn sample (or a calibration's cases), seen by its creator and its reviewers. */
export const WireQaPack = z.object({
  createdBy: username,
  createdAt: isoTime,
  title: z.string().max(200),
  seed,
  period: z.object({ from: isoTime, to: isoTime }),
  perAgent: z.int().nonnegative().max(PER_AGENT_MAX),
  by: z.array(z.enum(STRATUM_DIMENSIONS)).max(STRATUM_DIMENSIONS.length),
  agents: z.array(username).max(500),
  team: z.string().max(100).nullable(),
  strata: z.array(QaStratum).max(PACK_CASES_MAX),
  cases: z.array(QaPackCase).max(PACK_CASES_MAX),
  /** A calibration session: the same cases for several reviewers, blind until each has submitted. */
  calibration: z.object({ reviewers: z.array(username).min(1).max(50), benchmark: username }).nullable(),
});
export type WireQaPack = z.infer<typeof WireQaPack>;
/** The console's domain type is exactly what the wire carries. */
export const asQaPackData = (pack: WireQaPack): QaPackData => pack;

export const DrawRequest = QaDrawInput.extend({
  /** false: the preview only, nothing stored; true: the pack is created. */
  confirm: z.boolean(),
});
export type DrawRequest = z.infer<typeof DrawRequest>;

export const DrawResponse = z.object({
  /** Set when confirmed: the pack created. */
  packId: id.nullable(),
  seed,
  period: z.object({ from: isoTime, to: isoTime }),
  strata: z.array(QaStratum),
  total: z.int().nonnegative(),
  perAgent: z.array(z.object({ agent: username, count: z.int().nonnegative() })),
  cases: z.array(z.object({ caseId: id, agent: username, channel: z.enum(CHANNELS), stratum: z.string() })),
});
export type DrawResponse = z.infer<typeof DrawResponse>;
export const asDrawResult = (response: DrawResponse): QaDrawResult => response;

export const CalibrationRequest = QaCalibrationInput;
export type CalibrationRequest = z.infer<typeof CalibrationRequest>;

export const CalibrationResponse = z.object({ packId: id, reviewers: z.array(username), cases: z.int().nonnegative() });
export type CalibrationResponse = z.infer<typeof CalibrationResponse>;
export const asCalibrationResult = (response: CalibrationResponse): QaCalibrationResult => response;
