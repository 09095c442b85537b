// Routing [derivación y ruteo] (seed 001: "establecer un circuito de derivación hacia las áreas o
// las personas que correspondan", "enrutar los mensajes de manera inteligente"): the settings
// document `routing`, edited by supervisors. Teams take new cases; areas (billing, technical,
// legal) take the cases agents derive to them. Rules are tried in order; the first that narrows
// the candidates decides, and load (the fewest open cases) always breaks what is left. Read like
// the other settings: valid, used whole; missing, the defaults; invalid, the defaults and why.
import { z } from 'zod';
import { CHANNELS, LANGUAGES } from '../domain.ts';
import { SENIORITY_BANDS } from '../qa/strata.ts';

export const ROUTING_SETTING = 'routing';

const Name = z.string().trim().min(1).max(100);
const Username = z.string().trim().min(1).max(100);

/** What a team or area is good at; an empty or missing list means any. */
export const RoutingSkills = z.object({
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
  languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).optional(),
  /** Keywords of the customer's first message ("factura", "router"), folded when matched. */
  topics: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
}).strict();
export type RoutingSkills = z.infer<typeof RoutingSkills>;

export const RoutingTeam = z.object({
  /** Stable key: `facturacion`. */
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'lowercase letters, digits, "-" or "_"'),
  /** As agents read it: "Facturación". */
  name: Name,
  /** `team`: new cases are routed to it; `area`: cases are derived to it (and routed only by topic). */
  kind: z.enum(['team', 'area']),
  /** Usernames of its agents. */
  members: z.array(Username).max(500),
  skills: RoutingSkills.default({}),
  /** A case waiting longer than this for the team goes to another team. */
  overflow: z.object({ afterMinutes: z.int().min(1).max(24 * 60), to: z.string().min(1).max(40) }).strict().optional(),
}).strict();
export type RoutingTeam = z.infer<typeof RoutingTeam>;

/**
 * - influence: an influential customer (`minLevel` and up) goes to agents of `seniority` and up;
 * - topic: a case whose first message names a team's topic goes to that team;
 * - language, channel: to a team with that skill;
 * - load: the fewest open cases (what the server did before rules existed).
 */
export const RoutingRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('influence'), minLevel: z.enum(['medium', 'high']), seniority: z.enum(SENIORITY_BANDS) }).strict(),
  z.object({ kind: z.literal('topic') }).strict(),
  z.object({ kind: z.literal('language') }).strict(),
  z.object({ kind: z.literal('channel') }).strict(),
  z.object({ kind: z.literal('load') }).strict(),
]);
export type RoutingRule = z.infer<typeof RoutingRule>;
export type RoutingRuleKind = RoutingRule['kind'];

export const RoutingDocument = z.object({
  teams: z.array(RoutingTeam).max(100),
  rules: z.array(RoutingRule).max(20),
}).strict().superRefine((doc, ctx) => {
  const ids = new Set<string>();
  for (const [i, team] of doc.teams.entries()) {
    if (ids.has(team.id)) ctx.addIssue({ code: 'custom', path: ['teams', i, 'id'], message: `"${team.id}" is named twice` });
    ids.add(team.id);
  }
  for (const [i, team] of doc.teams.entries()) {
    if (!team.overflow) continue;
    const target = doc.teams.find((t) => t.id === team.overflow?.to);
    if (!target) ctx.addIssue({ code: 'custom', path: ['teams', i, 'overflow', 'to'], message: `no team "${team.overflow.to}"` });
    // An area takes derived cases, not new ones: overflow goes to a team.
    else if (target.kind === 'area') ctx.addIssue({ code: 'custom', path: ['teams', i, 'overflow', 'to'], message: `"${target.id}" is an area, not a team` });
  }
  const kinds = new Set<string>();
  for (const [i, rule] of doc.rules.entries()) {
    if (kinds.has(rule.kind)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'kind'], message: `rule "${rule.kind}" is named twice` });
    kinds.add(rule.kind);
  }
});
export type RoutingDocument = z.infer<typeof RoutingDocument>;

/** Today's behaviour: no teams of its own, the agent with the fewest open cases. */
export const DEFAULT_ROUTING: RoutingDocument = { teams: [], rules: [{ kind: 'load' }] };

/** The document in force and, when it was refused, why. */
export function routingFrom(value: unknown): { routing: RoutingDocument; problem: string | null } {
  if (value === undefined || value === null) return { routing: DEFAULT_ROUTING, problem: null };
  const parsed = RoutingDocument.safeParse(value);
  return parsed.success ? { routing: parsed.data, problem: null } : { routing: DEFAULT_ROUTING, problem: z.prettifyError(parsed.error) };
}

/** The areas a case can be derived to. */
export const areasOf = (routing: RoutingDocument): RoutingTeam[] => routing.teams.filter((t) => t.kind === 'area');
