// Who a new case goes to (the sandbox's inbound control, an organisation's ingest): the routing
// rules of the `routing` setting in force (src/shared/routing/route.ts), read from the store as
// every console reads it (invalid or missing, the defaults: the fewest open cases).
import type { Channel, Language } from '../../shared/domain.ts';
import { currentPresence, PresenceState } from '../../shared/presence.ts';
import { seniorityBand } from '../../shared/qa/strata.ts';
import { routingFrom, ROUTING_SETTING, type RoutingDocument } from '../../shared/routing/document.ts';
import { route, type RoutingCandidate, type RoutingDecision } from '../../shared/routing/route.ts';
import { influenceLevel } from '../../shared/triage/influence.ts';
import type { Sql } from '../store/sql.ts';

export interface NewCase {
  channel: Channel;
  language: Language;
  /** The customer's first message. */
  text: string;
  customerId: string;
  /** The server's now (ISO): the agents' seniority is counted to it. */
  now: string;
}

export async function routingInForce(sql: Sql): Promise<RoutingDocument> {
  const stored = await sql.row<{ value: string }>('SELECT value FROM settings WHERE id = ?', ROUTING_SETTING);
  let document: unknown = null;
  try {
    document = stored ? JSON.parse(stored.value) : null;
  } catch {
    // Unreadable: the defaults, as an invalid document gives.
  }
  return routingFrom(document).routing;
}

/** Every agent with their open (unresolved) cases, seniority band and presence now. */
export async function candidates(sql: Sql, now: string): Promise<RoutingCandidate[]> {
  const at = new Date(now);
  const agents = await sql.rows<{ username: string; routed: number; hired_at: string | null; open: number; state: string | null; state_at: string | null; contact: string | null }>(
    `SELECT u.username, u.routed, u.hired_at, count(c.id) AS open, p.state, p.at AS state_at, lc.at AS contact FROM users u
       LEFT JOIN cases c ON c.assigned_to = u.username AND c.status <> 'resolved'
       LEFT JOIN presence p ON p.id = (SELECT id FROM presence WHERE username = u.username ORDER BY at DESC, id DESC LIMIT 1)
       LEFT JOIN last_contact lc ON lc.username = u.username
     WHERE u.role = 'agent' GROUP BY u.username, p.state, p.at, lc.at ORDER BY u.username`);
  return agents.map((u) => {
    const last = u.state === null || u.state_at === null ? null : { state: PresenceState.parse(u.state), at: u.state_at };
    return {
      username: u.username, routed: u.routed === 1, openCases: u.open, seniority: seniorityBand(u.hired_at, now),
      away: currentPresence(last, u.contact, at) === 'away',
    };
  });
}

export async function routeNewCase(sql: Sql, input: NewCase): Promise<RoutingDecision> {
  const customer = await sql.row<{ followers: number; public_figure: number }>('SELECT followers, public_figure FROM customers WHERE id = ?', input.customerId);
  const influence = influenceLevel({ followers: customer?.followers ?? 0, publicFigure: customer?.public_figure === 1 }).level;
  return route({ channel: input.channel, language: input.language, text: input.text, influence }, await candidates(sql, input.now), await routingInForce(sql));
}
