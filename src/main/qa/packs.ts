// Supervisors' QA packs on this console. Drawing and calibrating ask the central API (it sees
// every case), then sync the pack down; everything else reads the cache, offline too.
import { asCalibrationResult, asDrawResult } from '../../protocol/qa.ts';
import { CodedError, QA_ERROR_CODES, type QaErrorCode } from '../../shared/errors.ts';
import type { QaCalibrationInput, QaCalibrationResult, QaDrawInput, QaDrawResult } from '../../shared/qa/draw.ts';
import type { CalibrationSources } from '../../shared/qa/calibration.ts';
import { packProgress, type QaPack, type QaPackSummary } from '../../shared/qa/packs.ts';
import type { QaReviewCounts } from '../../shared/qa/review.ts';
import { criteriaOf } from '../../shared/qa/scorecard.ts';
import type { Store } from '../db/store.ts';
import type { Services } from '../services.ts';
import { ApiError } from '../sync/api-error.ts';
import { scorecardOf, scorecards } from './scorecards.ts';

type Online = Pick<Services, 'api' | 'syncOnce' | 'profile'>;

const isQaCode = (code: string | undefined): code is QaErrorCode => (QA_ERROR_CODES as readonly string[]).includes(code ?? '');

/** The server's refusal in the console's words; no network says drawing needs it. */
async function online<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.kind === 'unavailable' || error.kind === 'retry_later') {
      throw new CodedError('online_only', `Drawing and calibrating need the server: ${error.message}`);
    }
    if (isQaCode(error.details.code)) throw new CodedError(error.details.code, error.message);
    if (error.details.code === 'forbidden') throw new CodedError('not_supervisor', error.message);
    throw error;
  }
}

function supervisorOnly(services: Online): void {
  if (services.profile.role !== 'supervisor') throw new CodedError('not_supervisor', 'Only supervisors draw and calibrate');
}

/** The preview: the seed, the count per stratum and per agent; nothing is stored anywhere. */
export async function previewDraw(services: Online, input: QaDrawInput): Promise<QaDrawResult> {
  supervisorOnly(services);
  return await online(async () => asDrawResult(await services.api.qaDraw({ ...input, confirm: false })));
}

/**
 * Draws the pack (with the preview's seed it is the preview's sample) and syncs it down, so it
 * is on this computer, cases, threads and customers, before this returns.
 */
export async function confirmDraw(services: Online, input: QaDrawInput): Promise<QaDrawResult> {
  supervisorOnly(services);
  const drawn = await online(async () => asDrawResult(await services.api.qaDraw({ ...input, confirm: true })));
  await services.syncOnce();
  return drawn;
}

/** Opens a calibration session and syncs it down. */
export async function openCalibration(services: Online, input: QaCalibrationInput): Promise<QaCalibrationResult> {
  supervisorOnly(services);
  const opened = await online(async () => asCalibrationResult(await services.api.qaCalibration(input)));
  await services.syncOnce();
  return opened;
}

/**
 * What a pack's progress is counted from: this reviewer's reviews of it, those the server
 * confirmed and those queued here (QA reviews' progress query), each counted as reviewed.
 */
export function packCounts(pack: QaPack, mine: QaReviewCounts | undefined): { total: number; submitted: number; queued: number } {
  return { total: pack.cases.length, submitted: mine?.reviewed ?? 0, queued: mine?.queued ?? 0 };
}

/** The packs on this computer with `reviewer`'s progress on each ("12/20 revisados · 3 por enviar"). */
export function packSummaries(store: Store, reviewer: string): QaPackSummary[] {
  const progress = new Map(store.qaReviews.progress(reviewer).map((p) => [p.packId, p]));
  return store.qaPacks.list().map((pack) => ({
    id: pack.id, title: pack.title, createdBy: pack.createdBy, createdAt: pack.createdAt, seed: pack.seed, period: pack.period,
    calibration: pack.calibration, progress: packProgress(packCounts(pack, progress.get(pack.id))),
  }));
}

/**
 * A calibration session's reviews as this reviewer may see them, and the criteria they answered.
 * Blind until each has submitted: another reviewer's review of a case shows only beside this
 * reviewer's own of it (the server sends none before that either). The criteria are those of
 * the scorecard version the reviews used, in its order, that some review answered.
 */
export function calibrationSources(store: Store, packId: string, reviewer: string): CalibrationSources {
  const all = store.qaReviews.ofPack(packId);
  const reviewedByMe = new Set(all.filter((r) => r.reviewer === reviewer).map((r) => r.caseId));
  const visible = all.filter((r) => reviewedByMe.has(r.caseId));
  const used = visible[0];
  const scorecard = (used && scorecardOf(store, used.scorecardId, used.scorecardVersion)) ?? scorecards(store).inForce;
  const answered = new Set(visible.flatMap((r) => Object.keys(r.answers)));
  const criteria = criteriaOf(scorecard).filter((c) => answered.has(c.id));
  return {
    reviews: visible.map((r) => ({ caseId: r.caseId, reviewer: r.reviewer, answers: r.answers, score: r.score })),
    criteria: criteria.map((c) => ({ id: c.id, question: c.question })),
  };
}
