// Overflow applied (the issue: "a case waiting too long for its team overflows to another"):
// each open case whose customer has waited longer than its team's `overflow.afterMinutes` goes to
// the least busy routed agent of the team named (preferring those not away), once (a case that overflowed never moves again
// by overflow, so two teams overflowing to each other cannot pass it back and forth). The case
// records why, as routing does, and the agent it left gets a `del` like any reassignment.
import { overflowing } from '../../shared/routing/overflow.ts';
import { leastBusy, routable } from '../../shared/routing/route.ts';
import type { Feed } from '../feed.ts';
import { caseEvents } from '../store/shared/cases.ts';
import type { Sql } from '../store/sql.ts';
import { candidates, routingInForce } from './routing.ts';

export interface Overflowed {
  caseId: string;
  from: string | null;
  to: string;
  reason: string;
}

/** Call inside a transaction: every move, or none. */
export async function applyOverflow(sql: Sql, feed: Feed, now: Date): Promise<Overflowed[]> {
  const routing = await routingInForce(sql);
  const at = now.toISOString();
  const waiting = await sql.rows<{ id: string; assigned_to: string | null; waiting_since: string }>(
    `SELECT id, assigned_to, waiting_since FROM cases
     WHERE status <> 'resolved' AND waiting_since IS NOT NULL AND overflowed_at IS NULL ORDER BY waiting_since, id`);
  const moves = overflowing(
    waiting.map((c) => ({ caseId: c.id, agent: c.assigned_to, waitingMinutes: (now.getTime() - Date.parse(c.waiting_since)) / 60_000 })),
    routing,
  );
  const done: Overflowed[] = [];
  for (const move of moves) {
    const members = new Set(routing.teams.find((t) => t.id === move.to)?.members ?? []);
    // Load within the team, counted again for each move so a burst spreads over its agents.
    const agent = leastBusy(routable((await candidates(sql, at)).filter((c) => members.has(c.username))));
    if (agent === null) continue;
    const from = waiting.find((c) => c.id === move.caseId)?.assigned_to ?? null;
    await sql.run(`UPDATE cases SET assigned_to = ?, routing_rule = 'overflow', routing_reason = ?, overflowed_at = ?, updated_at = ?, version = ?
      WHERE id = ?`, agent, move.reason, at, at, await sql.nextVersion(), move.caseId);
    await caseEvents(sql).record(move.caseId, { kind: 'assigned', data: { from, to: agent } }, at, null);
    await feed.publishCase(move.caseId);
    done.push({ caseId: move.caseId, from, to: agent, reason: move.reason });
  }
  return done;
}
