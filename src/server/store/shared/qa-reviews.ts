// QA reviews: one row per review, its wire data as JSON; packs, their cases and reviewers as the draw wrote them.
import { z } from 'zod';
import { WireQaReview } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import type { QaReviews, StoredQaReview } from '../repositories.ts';
import { exists, type Sql } from '../sql.ts';

const reviewData = (raw: string) => jsonColumn(WireQaReview, raw, 'qa_reviews.data');

/** A pack's creator and data, as the store and the feed's audiences (qa-audience.ts) read it. */
export const QA_PACK_SQL = 'SELECT id, created_by, data FROM qa_packs WHERE id = ?';

const Calibration = z.object({ calibration: z.unknown() });

/** Whether a pack's data holds a calibration session (read here: JSON paths are each engine's own). */
export function isCalibration(data: string): boolean {
  const { calibration } = jsonColumn(Calibration, data, 'qa_packs.data');
  return typeof calibration === 'object' && calibration !== null && !Array.isArray(calibration);
}

export const qaReviews = (sql: Sql): QaReviews => ({
  get: async (reviewId) => {
    const found = await sql.row<{ data: string }>('SELECT data FROM qa_reviews WHERE id = ?', reviewId);
    return found && reviewData(found.data);
  },
  idOf: async (packId, caseId, reviewer) =>
    (await sql.row<{ id: string }>('SELECT id FROM qa_reviews WHERE pack_id = ? AND case_id = ? AND reviewer = ?', packId, caseId, reviewer))?.id,
  add: async (reviewId, r) => {
    await sql.run(`INSERT INTO qa_reviews (id, pack_id, case_id, agent, reviewer, created_at, data, version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, reviewId, r.packId, r.caseId, r.agent, r.reviewer, r.createdAt, JSON.stringify(r), await sql.nextVersion());
  },
  update: async (reviewId, r) => {
    await sql.run('UPDATE qa_reviews SET data = ?, version = ? WHERE id = ?', JSON.stringify(r), await sql.nextVersion(), reviewId);
  },
  pack: async (packId) => {
    const found = await sql.row<{ id: string; created_by: string; data: string }>(QA_PACK_SQL, packId);
    return found && { id: found.id, createdBy: found.created_by, calibration: isCalibration(found.data) };
  },
  isReviewer: (packId, username) => exists(sql, 'SELECT 1 FROM qa_pack_reviewers WHERE pack_id = ? AND username = ?', packId, username),
  caseAgent: async (packId, caseId) =>
    (await sql.row<{ agent: string }>('SELECT agent FROM qa_pack_cases WHERE pack_id = ? AND case_id = ?', packId, caseId))?.agent,
  isMessageOf: (messageId, caseId) => exists(sql, 'SELECT 1 FROM messages WHERE id = ? AND case_id = ?', messageId, caseId),
  ofPack: async (packId) => (await sql.rows<{ id: string; data: string }>('SELECT id, data FROM qa_reviews WHERE pack_id = ? ORDER BY created_at, id', packId))
    .map(({ id, data }): StoredQaReview => {
      const r = reviewData(data);
      return { id, packId: r.packId, caseId: r.caseId, reviewer: r.reviewer, score: r.score, answers: r.answers, createdAt: r.createdAt };
    }),
});
