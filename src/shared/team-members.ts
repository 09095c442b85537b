// Who a supervisor's teams are: the one rule the reports' audience (server), the coaching plan's
// check (console) and the reports page's "De" list read, over whatever list of people they hold.

export interface Member {
  username: string;
  role: string;
  team: string | null;
  supervises: readonly string[];
}

/** The agents of `teams`. */
export const agentsOf = <T extends Member>(people: readonly T[], teams: readonly string[]): T[] =>
  people.filter((p) => p.role === 'agent' && p.team !== null && teams.includes(p.team));

/** The agents of the teams `supervisor` supervises; none when they supervise none (or are not a supervisor). */
export function agentsOfMyTeams<T extends Member>(people: readonly T[], supervisor: string): T[] {
  const me = people.find((p) => p.username === supervisor);
  return me?.role === 'supervisor' ? agentsOf(people, me.supervises) : [];
}
