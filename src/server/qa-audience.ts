// Who receives a QA review: its reviewer, the reviewed agent, the pack's creator and the
// supervisors of the agent's team (who may resolve its disputes). A calibration is blind: its
// reviewers (the creator among them) see another's review of a case only once they have
// submitted their own of it, whichever team they supervise.
import { prepared } from './prepared.ts';
import type { SandboxDb } from './schema.ts';
import { isCalibration, QA_PACK_SQL } from './store/shared/qa-reviews.ts';

export interface ReviewAudience {
  id: string;
  version: number;
  audience: Set<string>;
}

export function reviewAudiences(db: SandboxDb, packId: string, caseId: string): ReviewAudience[] {
  const found = prepared<[string], { created_by: string; data: string }>(db, QA_PACK_SQL).get(packId);
  const pack = found && { created_by: found.created_by, calibration: isCalibration(found.data) };
  const reviews = prepared<[string, string], { id: string; version: number; reviewer: string; agent: string }>(db,
    'SELECT id, version, reviewer, agent FROM qa_reviews WHERE pack_id = ? AND case_id = ?').all(packId, caseId);
  const submitted = reviews.map((r) => r.reviewer);
  const others = pack?.calibration ? submitted : pack ? [pack.created_by] : [];
  const blind = new Set(pack?.calibration ? prepared<[string], { username: string }>(db,
    'SELECT username FROM qa_pack_reviewers WHERE pack_id = ?').all(packId).map((r) => r.username).filter((u) => !submitted.includes(u)) : []);
  const teamSupervisors = (agent: string) => supervisorsOf(db, agent).filter((u) => !blind.has(u));
  return reviews.map((r) => ({ id: r.id, version: r.version, audience: new Set([r.reviewer, r.agent, ...others, ...teamSupervisors(r.agent)]) }));
}

/** The supervisors of the team `agent` belongs to (a QA review's, a coaching plan's audience). */
export function supervisorsOf(db: SandboxDb, agent: string): string[] {
  return prepared<[string], { username: string }>(db,
    `SELECT s.username FROM users s JOIN users a ON a.username = ? AND a.team IS NOT NULL
     WHERE s.role = 'supervisor' AND EXISTS (SELECT 1 FROM json_each(s.supervises) WHERE value = a.team)`).all(agent).map((r) => r.username);
}
