// The routing page's simulator: which rule a case like this meets and which agents it leaves.
// A console does not know every agent's open cases, so it names all those left; the server
// gives the case to the one with the fewest (ties by username). Presence counts as on the server
// (routable(): those away are left out unless everyone is away), as far as the console knows it:
// an agent whose presence it does not know counts as present, and the result says so.
import type { PresenceState } from '../presence.ts';
import { seniorityBand } from '../qa/strata.ts';
import type { RoutingDocument, RoutingRuleKind } from './document.ts';
import { narrowed, NO_AGENT_REASON, routable, type RoutingCase } from './route.ts';

export interface SimulatedAgent {
  username: string;
  name: string;
  /** YYYY-MM-DD; null counts as senior, as the QA bands do. */
  hiredAt: string | null;
  /** false: the rules never pick them (the agent entity's `routed`). */
  routed: boolean;
  /** As the server reads it now (the team view); null or absent: not known to this console. */
  presence?: PresenceState | null;
}

export interface Simulation {
  rule: RoutingRuleKind | null;
  reason: string;
  /** The agents the rule leaves, by name. */
  agents: string[];
  /** Routed agents left out for being away, by name. */
  away: string[];
  /** Every routed agent is away: the server then counts them all, and so does the simulator. */
  everyoneAway: boolean;
  /** Routed agents whose presence the console does not know, by name: counted as present. */
  presenceUnknown: string[];
}

export function simulateRouting(routed: RoutingCase, agents: readonly SimulatedAgent[], routing: RoutingDocument, now: Date): Simulation {
  const at = now.toISOString();
  const candidates = agents.map((a) => ({ username: a.username, routed: a.routed, away: a.presence === 'away', openCases: 0, seniority: seniorityBand(a.hiredAt, at) }));
  const inPlay = new Set(routable(candidates).map((c) => c.username));
  const routedAgents = agents.filter((a) => a.routed);
  const presence = {
    away: routedAgents.filter((a) => !inPlay.has(a.username)).map((a) => a.name),
    everyoneAway: routedAgents.length > 0 && routedAgents.every((a) => a.presence === 'away'),
    presenceUnknown: routedAgents.filter((a) => a.presence === undefined || a.presence === null).map((a) => a.name),
  };
  const decided = narrowed(routed, candidates, routing);
  if (decided === null) return { rule: null, reason: NO_AGENT_REASON, agents: [], ...presence };
  const kept = new Set(decided.kept.map((c) => c.username));
  return { rule: decided.rule, reason: decided.reason, agents: agents.filter((a) => kept.has(a.username)).map((a) => a.name), ...presence };
}
