// Overflow applied (the issue: "a case waiting too long for its team overflows to another"):
// each open case whose customer has waited longer than its team's `overflow.afterMinutes` goes to
// the least busy routed agent of the team named (preferring those not away), once (a case that overflowed never moves again
// by overflow, so two teams overflowing to each other cannot pass it back and forth). The case
// records why, as routing does, and the agent it left gets a `del` like any reassignment.
import { overflowing } from '../../shared/routing/overflow.ts';
import { leastBusy, routable } from '../../shared/routing/route.ts';
import type { Feed } from '../feed.ts';
import { prepared } from '../prepared.ts';
import { nextVersion, type SandboxDb } from '../schema.ts';
import { recordCaseEvent } from '../store/sqlite/cases.ts';
import { candidates, routingInForce } from './routing.ts';

export interface Overflowed {
  caseId: string;
  from: string | null;
  to: string;
  reason: string;
}

export function applyOverflow(db: SandboxDb, feed: Feed, now: Date): Overflowed[] {
  return db.transaction(() => {
    const routing = routingInForce(db);
    const at = now.toISOString();
    const waiting = prepared<[], { id: string; assigned_to: string | null; waiting_since: string }>(db,
      `SELECT id, assigned_to, waiting_since FROM cases
       WHERE status <> 'resolved' AND waiting_since IS NOT NULL AND overflowed_at IS NULL ORDER BY waiting_since, id`).all();
    const moves = overflowing(
      waiting.map((c) => ({ caseId: c.id, agent: c.assigned_to, waitingMinutes: (now.getTime() - Date.parse(c.waiting_since)) / 60_000 })),
      routing,
    );
    const done: Overflowed[] = [];
    for (const move of moves) {
      const members = new Set(routing.teams.find((t) => t.id === move.to)?.members ?? []);
      // Load within the team, counted again for each move so a burst spreads over its agents.
      const agent = leastBusy(routable(candidates(db, at).filter((c) => members.has(c.username))));
      if (agent === null) continue;
      const from = waiting.find((c) => c.id === move.caseId)?.assigned_to ?? null;
      prepared(db, `UPDATE cases SET assigned_to = ?, routing_rule = 'overflow', routing_reason = ?, overflowed_at = ?, updated_at = ?, version = ?
        WHERE id = ?`).run(agent, move.reason, at, at, nextVersion(db), move.caseId);
      recordCaseEvent(db, move.caseId, { kind: 'assigned', data: { from, to: agent } }, at, null);
      feed.publishCase(move.caseId);
      done.push({ caseId: move.caseId, from, to: agent, reason: move.reason });
    }
    return done;
  })();
}
