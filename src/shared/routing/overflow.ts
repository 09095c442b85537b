// Overflow (the issue: "a case waiting too long for its team overflows to another"): which
// waiting cases leave their team, and for which. Pure; one hop only, so two teams overflowing
// to each other never pass a case back and forth.
import type { RoutingDocument, RoutingTeam } from './document.ts';

export interface WaitingCase {
  caseId: string;
  /** The agent holding it; their team is the case's. */
  agent: string | null;
  /** Since the customer's oldest unanswered message. */
  waitingMinutes: number;
}

export interface Overflowing {
  caseId: string;
  /** Team ids. */
  from: string;
  to: string;
  /** As agents read it: "espera de más de 15 min en Soporte → Ventas". */
  reason: string;
}

/** The first team (not area) the agent belongs to. */
export function teamOf(agent: string | null, routing: RoutingDocument): RoutingTeam | null {
  if (agent === null) return null;
  return routing.teams.find((t) => t.kind === 'team' && t.members.includes(agent)) ?? null;
}

/** The cases that waited longer than their team's `overflow.afterMinutes`, each with the team it goes to. */
export function overflowing(waiting: readonly WaitingCase[], routing: RoutingDocument): Overflowing[] {
  const byId = new Map(routing.teams.map((t) => [t.id, t]));
  const out: Overflowing[] = [];
  for (const c of waiting) {
    const team = teamOf(c.agent, routing);
    const rule = team?.overflow;
    if (!team || !rule || !(c.waitingMinutes > rule.afterMinutes)) continue;
    const to = byId.get(rule.to);
    if (!to || to.id === team.id) continue;
    out.push({ caseId: c.caseId, from: team.id, to: to.id, reason: `espera de más de ${rule.afterMinutes} min en ${team.name} → ${to.name}` });
  }
  return out;
}
