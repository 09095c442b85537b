// Who receives a QA review: its reviewer, the reviewed agent and the pack's creator. A
// calibration is blind: its reviewers (the creator among them) see another's review of a case
// only once they have submitted their own of it.
import { prepared } from './prepared.ts';
import type { SandboxDb } from './schema.ts';

export interface ReviewAudience {
  id: string;
  version: number;
  audience: Set<string>;
}

export function reviewAudiences(db: SandboxDb, packId: string, caseId: string): ReviewAudience[] {
  const pack = prepared<[string], { created_by: string; calibration: number }>(db,
    "SELECT created_by, json_type(data, '$.calibration') = 'object' AS calibration FROM qa_packs WHERE id = ?").get(packId);
  const reviews = prepared<[string, string], { id: string; version: number; reviewer: string; agent: string }>(db,
    'SELECT id, version, reviewer, agent FROM qa_reviews WHERE pack_id = ? AND case_id = ?').all(packId, caseId);
  const submitted = reviews.map((r) => r.reviewer);
  const others = pack?.calibration === 1 ? submitted : pack ? [pack.created_by] : [];
  return reviews.map((r) => ({ id: r.id, version: r.version, audience: new Set([r.reviewer, r.agent, ...others]) }));
}
