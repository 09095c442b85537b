// Whose cases a caller's reports count: a supervisor's, the agents of the teams they supervise
// (narrowed to one of those agents or teams on request); an agent's, their own whatever they ask;
// nobody else's (a trainer runs classes, not the operation).
import type { ReportQuery } from '../../protocol/reports.ts';
import { agentsOf } from '../../shared/team-members.ts';
import { HttpError } from '../http.ts';
import type { ReportMember } from '../store/repositories.ts';

export interface Audience {
  /** The agents counted, sorted. */
  agents: string[];
  /** Each counted agent's team. */
  teamOf: Map<string, string | null>;
}

export function audienceOf(members: readonly ReportMember[], username: string, query: Pick<ReportQuery, 'agent' | 'team'>): Audience {
  const me = members.find((m) => m.username === username);
  const teamOf = new Map(members.map((m) => [m.username, m.team]));
  if (me?.role === 'agent') return { agents: [me.username], teamOf };
  if (me?.role !== 'supervisor') throw new HttpError(403, 'forbidden', 'Reports are for supervisors and agents');
  if (query.team !== undefined && !me.supervises.includes(query.team)) {
    throw new HttpError(403, 'forbidden', `You do not supervise the team ${query.team}`);
  }
  const teams = query.team === undefined ? me.supervises : [query.team];
  let agents = agentsOf(members, teams).map((m) => m.username);
  if (query.agent !== undefined) {
    if (!agents.includes(query.agent)) throw new HttpError(403, 'forbidden', `${query.agent} is not an agent of a team you supervise`);
    agents = [query.agent];
  }
  return { agents: agents.sort(), teamOf };
}
