// The routing page's draft: the document as the supervisor types it (members and topics as
// comma-separated text, overflow minutes as typed), and back. The document's own schema judges
// the result, so the page and the server refuse the same things.
import { fold } from '../../../shared/template-search.ts';
import type { Channel, Language } from '../../../shared/domain.ts';
import { routingFrom, type RoutingDocument, type RoutingRule, type RoutingTeam } from '../../../shared/routing/document.ts';

export interface TeamForm {
  id: string;
  name: string;
  kind: RoutingTeam['kind'];
  members: string;
  topics: string;
  languages: Language[];
  channels: Channel[];
  /** Minutes as typed; empty: no overflow. */
  overflowMinutes: string;
  overflowTo: string;
}

export interface RoutingForm {
  teams: TeamForm[];
  rules: RoutingRule[];
}

const list = (text: string): string[] => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

export function formOf(doc: RoutingDocument): RoutingForm {
  return {
    rules: doc.rules.map((r) => ({ ...r })),
    teams: doc.teams.map((t) => ({
      id: t.id, name: t.name, kind: t.kind, members: t.members.join(', '), topics: (t.skills.topics ?? []).join(', '),
      languages: t.skills.languages ?? [], channels: t.skills.channels ?? [],
      overflowMinutes: t.overflow ? String(t.overflow.afterMinutes) : '', overflowTo: t.overflow?.to ?? '',
    })),
  };
}

/** The document the form says, as the schema would read it (not yet checked). */
export function docOf(form: RoutingForm): unknown {
  return {
    rules: form.rules,
    teams: form.teams.map((t) => {
      const topics = list(t.topics);
      const skills = {
        ...(t.channels.length > 0 ? { channels: t.channels } : {}),
        ...(t.languages.length > 0 ? { languages: t.languages } : {}),
        ...(topics.length > 0 ? { topics } : {}),
      };
      // A target without minutes is an overflow missing them: the schema says so, nothing is dropped.
      const minutes = t.overflowMinutes.trim();
      const overflow = minutes === '' && t.overflowTo === '' ? {} : { overflow: { afterMinutes: minutes === '' ? undefined : Number(minutes), to: t.overflowTo } };
      return { id: t.id, name: t.name.trim(), kind: t.kind, members: list(t.members), skills, ...overflow };
    }),
  };
}

/** The document, or why it cannot be saved (the schema's words). */
export function checked(form: RoutingForm): { doc: RoutingDocument; problem: null } | { doc: null; problem: string } {
  const read = routingFrom(docOf(form));
  return read.problem === null ? { doc: read.routing, problem: null } : { doc: null, problem: read.problem };
}

/** What the page warns of without refusing it: members who are not agents, teams with no one. */
export type RoutingWarning = { kind: 'notAgent'; team: string; member: string } | { kind: 'empty'; team: string };

export function routingWarnings(form: RoutingForm, agents: readonly { username: string; role: string }[]): RoutingWarning[] {
  const isAgent = new Set(agents.filter((a) => a.role === 'agent').map((a) => a.username));
  return form.teams.flatMap((t): RoutingWarning[] => {
    const team = t.name.trim() || t.id;
    const members = list(t.members);
    if (members.length === 0) return [{ kind: 'empty', team }];
    return members.filter((m) => !isAgent.has(m)).map((member) => ({ kind: 'notAgent', team, member }));
  });
}

/** The rules with `rule` added where it can still decide: before load, which ends the rules. */
export function withRule(rules: readonly RoutingRule[], rule: RoutingRule): RoutingRule[] {
  const load = rules.findIndex((r) => r.kind === 'load');
  return load === -1 || rule.kind === 'load' ? [...rules, rule] : [...rules.slice(0, load), rule, ...rules.slice(load)];
}

/** A new team's key from its name, unused in the form: "Atención VIP" → "atencion-vip". */
export function newTeamId(name: string, taken: readonly string[]): string {
  const base = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 34) || 'equipo';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
