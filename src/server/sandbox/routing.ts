// Who a new case from the inbound control goes to: the routing rules of the `routing` setting in
// force (src/shared/routing/route.ts), read from the store as every console reads it (invalid or
// missing, the defaults: the fewest open cases).
import type { Channel, Language } from '../../shared/domain.ts';
import { seniorityBand } from '../../shared/qa/strata.ts';
import { routingFrom, ROUTING_SETTING, type RoutingDocument } from '../../shared/routing/document.ts';
import { route, type RoutingCandidate, type RoutingDecision } from '../../shared/routing/route.ts';
import { influenceLevel } from '../../shared/triage/influence.ts';
import { prepared } from '../prepared.ts';
import type { SandboxDb } from '../schema.ts';

export interface NewCase {
  channel: Channel;
  language: Language;
  /** The customer's first message. */
  text: string;
  customerId: string;
  /** The server's now (ISO): the agents' seniority is counted to it. */
  now: string;
}

export function routingInForce(db: SandboxDb): RoutingDocument {
  const stored = prepared<[string], { value: string }>(db, 'SELECT value FROM settings WHERE id = ?').get(ROUTING_SETTING);
  let document: unknown = null;
  try {
    document = stored ? JSON.parse(stored.value) : null;
  } catch {
    // Unreadable: the defaults, as an invalid document gives.
  }
  return routingFrom(document).routing;
}

/** Every agent with their open (unresolved) cases and seniority band now. */
export function candidates(db: SandboxDb, now: string): RoutingCandidate[] {
  return prepared<[], { username: string; routed: number; hired_at: string | null; open: number }>(db,
      `SELECT u.username, u.routed, u.hired_at, count(c.id) AS open FROM users u
         LEFT JOIN cases c ON c.assigned_to = u.username AND c.status <> 'resolved'
       WHERE u.role = 'agent' GROUP BY u.username`,
    )
    .all()
    .map((u) => ({ username: u.username, routed: u.routed === 1, openCases: u.open, seniority: seniorityBand(u.hired_at, now) }));
}

export function routeNewCase(db: SandboxDb, input: NewCase): RoutingDecision {
  const customer = prepared<[string], { followers: number; public_figure: number }>(db,
    'SELECT followers, public_figure FROM customers WHERE id = ?').get(input.customerId);
  const influence = influenceLevel({ followers: customer?.followers ?? 0, publicFigure: customer?.public_figure === 1 }).level;
  return route({ channel: input.channel, language: input.language, text: input.text, influence }, candidates(db, input.now), routingInForce(db));
}
