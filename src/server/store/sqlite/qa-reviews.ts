// QA reviews on SQLite: one row per review, its wire data as JSON; packs, their cases and reviewers as the draw wrote them.
import { WireQaReview } from '../../../protocol/entities.ts';
import { jsonColumn } from '../../columns.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import type { QaReviews, StoredQaReview } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { exists, row, rows, run } from './sql.ts';

const reviewData = (raw: string) => jsonColumn(WireQaReview, raw, 'qa_reviews.data');

export const sqliteQaReviews = (db: SandboxDb): Sync<QaReviews> => ({
  get: (reviewId) => {
    const found = row<{ data: string }>(db, 'SELECT data FROM qa_reviews WHERE id = ?', reviewId);
    return found && reviewData(found.data);
  },
  idOf: (packId, caseId, reviewer) =>
    row<{ id: string }>(db, 'SELECT id FROM qa_reviews WHERE pack_id = ? AND case_id = ? AND reviewer = ?', packId, caseId, reviewer)?.id,
  add: (reviewId, r) => void run(db, `INSERT INTO qa_reviews (id, pack_id, case_id, agent, reviewer, created_at, data, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, reviewId, r.packId, r.caseId, r.agent, r.reviewer, r.createdAt, JSON.stringify(r), nextVersion(db)),
  update: (reviewId, r) => void run(db, 'UPDATE qa_reviews SET data = ?, version = ? WHERE id = ?', JSON.stringify(r), nextVersion(db), reviewId),
  pack: (packId) => {
    const found = row<{ id: string; created_by: string; calibration: number }>(db,
      "SELECT id, created_by, json_type(data, '$.calibration') = 'object' AS calibration FROM qa_packs WHERE id = ?", packId);
    return found && { id: found.id, createdBy: found.created_by, calibration: found.calibration === 1 };
  },
  isReviewer: (packId, username) => exists(db, 'SELECT 1 FROM qa_pack_reviewers WHERE pack_id = ? AND username = ?', packId, username),
  caseAgent: (packId, caseId) => row<{ agent: string }>(db, 'SELECT agent FROM qa_pack_cases WHERE pack_id = ? AND case_id = ?', packId, caseId)?.agent,
  isMessageOf: (messageId, caseId) => exists(db, 'SELECT 1 FROM messages WHERE id = ? AND case_id = ?', messageId, caseId),
  ofPack: (packId) => rows<{ id: string; data: string }>(db, 'SELECT id, data FROM qa_reviews WHERE pack_id = ? ORDER BY created_at, id', packId)
    .map(({ id, data }): StoredQaReview => {
      const r = reviewData(data);
      return { id, packId: r.packId, caseId: r.caseId, reviewer: r.reviewer, score: r.score, answers: r.answers, createdAt: r.createdAt };
    }),
});
