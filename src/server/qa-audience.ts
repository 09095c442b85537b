// Who receives a QA review: its reviewer, the reviewed agent, the pack's creator and the
// supervisors of the agent's team (who may resolve its disputes). A calibration is blind: its
// reviewers (the creator among them) see another's review of a case only once they have
// submitted their own of it, whichever team they supervise.
import { isCalibration, QA_PACK_SQL } from './store/shared/qa-reviews.ts';
import type { Sql } from './store/sql.ts';

export interface ReviewAudience {
  id: string;
  version: number;
  audience: Set<string>;
}

export async function reviewAudiences(sql: Sql, packId: string, caseId: string): Promise<ReviewAudience[]> {
  const pack = await sql.row<{ created_by: string; data: string }>(QA_PACK_SQL, packId);
  const reviews = await sql.rows<{ id: string; version: number; reviewer: string; agent: string }>(
    'SELECT id, version, reviewer, agent FROM qa_reviews WHERE pack_id = ? AND case_id = ?', packId, caseId);
  const submitted = reviews.map((r) => r.reviewer);
  const calibration = pack !== undefined && isCalibration(pack.data);
  const others = calibration ? submitted : pack ? [pack.created_by] : [];
  const reviewers = calibration ? await sql.rows<{ username: string }>('SELECT username FROM qa_pack_reviewers WHERE pack_id = ?', packId) : [];
  const blind = new Set(reviewers.map((r) => r.username).filter((u) => !submitted.includes(u)));
  const audiences: ReviewAudience[] = [];
  for (const r of reviews) {
    const supervisors = (await supervisorsOf(sql, r.agent)).filter((u) => !blind.has(u));
    audiences.push({ id: r.id, version: r.version, audience: new Set([r.reviewer, r.agent, ...others, ...supervisors]) });
  }
  return audiences;
}

/** The supervisors of the team `agent` belongs to (a QA review's, a coaching plan's audience). */
export async function supervisorsOf(sql: Sql, agent: string): Promise<string[]> {
  const rows = await sql.rows<{ username: string }>(
    `SELECT s.username FROM users s JOIN users a ON a.username = ? AND a.team IS NOT NULL
     WHERE s.role = 'supervisor' AND EXISTS (SELECT 1 FROM ${sql.jsonEach('s.supervises')} WHERE value = a.team)`, agent);
  return rows.map((r) => r.username);
}
