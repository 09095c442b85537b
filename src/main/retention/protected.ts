// Cases retention must never purge, whatever their age: each reason is one query here, so a new
// one (a case in an open QA pack, when QA packs arrive) is one more union, tested beside them.
import type { Store } from '../db/store.ts';

/**
 * The ids of cases to keep whole: every cached case of a customer the agent still holds an open
 * case of (their history is what the agent reads while working on it). QA packs do not exist
 * yet; when they do, the cases of the agent's open packs join this set.
 */
export function protectedCaseIds(store: Store, agent: string): Set<string> {
  const rows = store.db
    .prepare<[string], { id: string }>(
      `SELECT c.id FROM cases c WHERE c.customer_id IN (
         SELECT customer_id FROM cases WHERE assigned_to = ? AND status <> 'resolved')`,
    )
    .all(agent);
  return new Set(rows.map((r) => r.id));
}
