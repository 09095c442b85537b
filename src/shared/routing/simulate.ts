// The routing page's simulator: which rule a case like this meets and which agents it leaves.
// A console does not know every agent's open cases, so it names all those left; the server
// gives the case to the one with the fewest (ties by username). Nor does it weigh presence: the
// server prefers agents not away, the simulator counts everyone present.
import { seniorityBand } from '../qa/strata.ts';
import type { RoutingDocument, RoutingRuleKind } from './document.ts';
import { narrowed, NO_AGENT_REASON, type RoutingCase } from './route.ts';

export interface SimulatedAgent {
  username: string;
  name: string;
  /** YYYY-MM-DD; null counts as senior, as the QA bands do. */
  hiredAt: string | null;
  /** false: the rules never pick them (the agent entity's `routed`). */
  routed: boolean;
}

export interface Simulation {
  rule: RoutingRuleKind | null;
  reason: string;
  /** The agents the rule leaves, by name. */
  agents: string[];
}

export function simulateRouting(routed: RoutingCase, agents: readonly SimulatedAgent[], routing: RoutingDocument, now: Date): Simulation {
  const at = now.toISOString();
  const candidates = agents.map((a) => ({ username: a.username, routed: a.routed, away: false, openCases: 0, seniority: seniorityBand(a.hiredAt, at) }));
  const decided = narrowed(routed, candidates, routing);
  if (decided === null) return { rule: null, reason: NO_AGENT_REASON, agents: [] };
  const kept = new Set(decided.kept.map((c) => c.username));
  return { rule: decided.rule, reason: decided.reason, agents: agents.filter((a) => kept.has(a.username)).map((a) => a.name) };
}
