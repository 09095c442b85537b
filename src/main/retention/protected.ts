// Cases retention must never purge, whatever their age: each reason is one query here, so a new
// one is one more union, tested beside them.
import type { Store } from '../db/store.ts';

/**
 * The ids of cases to keep whole: every cached case of a customer the agent still holds an open
 * case of (their history is what the agent reads while working on it), and every case with a
 * draft (the agent is writing on it: a purge must not empty the thread under the composer), and
 * every case of a QA pack the supervisor holds (the review reads its customer's words).
 */
export function protectedCaseIds(store: Store, agent: string): Set<string> {
  const rows = store.db
    .prepare<[string], { id: string }>(
      `SELECT c.id FROM cases c WHERE c.customer_id IN (
         SELECT customer_id FROM cases WHERE assigned_to = ? AND status <> 'resolved')
       UNION SELECT case_id FROM drafts WHERE text <> ''
       UNION SELECT case_id FROM qa_pack_cases`,
    )
    .all(agent);
  return new Set(rows.map((r) => r.id));
}
