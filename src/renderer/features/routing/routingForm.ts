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
      const overflow = t.overflowMinutes.trim() === '' ? {} : { overflow: { afterMinutes: Number(t.overflowMinutes), to: t.overflowTo } };
      return { id: t.id, name: t.name.trim(), kind: t.kind, members: list(t.members), skills, ...overflow };
    }),
  };
}

/** The document, or why it cannot be saved (the schema's words). */
export function checked(form: RoutingForm): { doc: RoutingDocument; problem: null } | { doc: null; problem: string } {
  const read = routingFrom(docOf(form));
  return read.problem === null ? { doc: read.routing, problem: null } : { doc: null, problem: read.problem };
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
