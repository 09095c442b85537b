// Who takes a new case (seed 001: "enrutar los mensajes de manera inteligente"; an influential
// customer "debería … ser derivado a las personas con más experiencia"). Pure: the sandbox's
// inbound and an organisation's ingest route the same way. The document's rules are tried in
// order; the first that narrows the candidates decides and is recorded, and load (the fewest
// open cases, ties by username) picks among what is left. Load ends the rules: any placed after
// it never run. With the default document this is
// exactly what the server did before rules existed.
import type { Channel, Language } from '../domain.ts';
import type { SeniorityBand } from '../qa/strata.ts';
import { SENIORITY_BANDS } from '../qa/strata.ts';
import { fold } from '../template-search.ts';
import { INFLUENCE_LEVELS, type InfluenceLevel } from '../triage/priority-rules.ts';
import type { RoutingDocument, RoutingRule, RoutingRuleKind, RoutingTeam } from './document.ts';

/** What the rules read of a new case. */
export interface RoutingCase {
  channel: Channel;
  language: Language;
  /** The customer's first message. */
  text: string;
  /** The customer's influence (`influenceLevel` of triage). */
  influence: InfluenceLevel;
}

export interface RoutingCandidate {
  username: string;
  /** false: the rules never pick this agent (only a trainer or supervisor naming them does). */
  routed: boolean;
  /** Cases assigned and not resolved. */
  openCases: number;
  seniority: SeniorityBand;
  /** Away by presence (src/shared/presence.ts: chose away, chose nothing, or their console went quiet). */
  away: boolean;
}

/**
 * The routed agents a case may go to: those not away, or, when everyone is away (no one reports
 * presence, as before presence existed), all of them, so a case still finds someone.
 */
export function routable(candidates: readonly RoutingCandidate[]): RoutingCandidate[] {
  const routed = candidates.filter((c) => c.routed);
  const present = routed.filter((c) => !c.away);
  return present.length > 0 ? present : routed;
}

/** Every rule kind of the document, in its order of mention. */
export const ROUTING_RULE_KINDS = ['influence', 'topic', 'language', 'channel', 'load'] as const satisfies readonly RoutingRuleKind[];

/** What a case records as the rule that gave it out (the wire's `routing.rule`): a document rule, or overflow. */
export const CASE_ROUTING_RULES = [...ROUTING_RULE_KINDS, 'overflow'] as const;
export type CaseRoutingRule = (typeof CASE_ROUTING_RULES)[number];

/** How a case was routed, as the case carries it: the rule that decided and why. */
export interface CaseRouting {
  rule: CaseRoutingRule;
  reason: string;
}

export interface RoutingDecision {
  /** null: no agent to give it to; the case waits unassigned. */
  agent: string | null;
  /** The rule that decided; null when there was no one to choose. */
  rule: RoutingRuleKind | null;
  /** As agents read it: "cliente influyente → agente senior". */
  reason: string;
}

/** Names as agents read them in the reasons (the server writes them; the console shows them as they are). */
const CHANNEL_NAMES: Record<Channel, string> = {
  facebook_post: 'Facebook', facebook_messenger: 'Messenger', x_mention: 'mención en X', x_dm: 'mensaje directo de X',
  instagram_comment: 'comentario de Instagram', instagram_dm: 'directo de Instagram', whatsapp: 'WhatsApp',
  email: 'correo', webchat: 'chat web', sms: 'SMS', mercadolibre: 'Mercado Libre',
};
const LANGUAGE_NAMES: Record<Language, string> = { es: 'español', en: 'inglés', pt: 'portugués' };
const SENIORITY_NAMES: Record<SeniorityBand, string> = {
  '0-6m': 'cualquier agente', '6-12m': 'agente con 6 meses o más', '12m+': 'agente senior',
};

export const LOAD_REASON = 'menos casos abiertos';
export const NO_AGENT_REASON = 'ningún agente disponible';

/**
 * How much of the first message the topic rule reads: its first 4 KB (UTF-16 code units). A topic
 * is said early; a pasted log or long e-mail thread beyond that is not read, so routing stays cheap.
 */
export const ROUTING_TEXT_MAX = 4096;

/** The text as topics are matched against it: capped, then folded (case and accents), once per case. */
export const routingText = (text: string): string => fold(text.slice(0, ROUTING_TEXT_MAX));

/** Whether a topic ("plan nuevo", "factura") starts a word of the text; both folded, so "Facturación" holds "factura". */
export function mentionsTopic(text: string, topic: string): boolean {
  return mentionsFolded(routingText(text), topic);
}

/** mentionsTopic on a text already passed through routingText(). */
function mentionsFolded(folded: string, topic: string): boolean {
  const wanted = fold(topic.trim());
  if (wanted === '') return false;
  for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(folded.charAt(at - 1))) return true;
  }
  return false;
}

/** The fewest open cases, ties by username (as SQL orders text: by code unit); null for no one. */
export function leastBusy(candidates: readonly RoutingCandidate[]): string | null {
  let best: RoutingCandidate | null = null;
  for (const c of candidates) {
    if (best === null || c.openCases < best.openCases || (c.openCases === best.openCases && c.username < best.username)) best = c;
  }
  return best?.username ?? null;
}

interface Narrowed {
  keep: (c: RoutingCandidate) => boolean;
  /** Why, given who was kept (a team's rule names the first matching team that has someone kept). */
  reason: (kept: readonly RoutingCandidate[]) => string;
}

/** Candidates in the teams for which `why` gives a reason; the reason given is the first team's. */
function byTeams(teams: readonly RoutingTeam[], why: (t: RoutingTeam) => string | null): Narrowed | null {
  const matched = teams.flatMap((team) => {
    const reason = why(team);
    return reason === null ? [] : [{ team, reason }];
  });
  const first = matched[0];
  if (first === undefined) return null;
  const members = new Set(matched.flatMap((m) => m.team.members));
  return {
    keep: (c) => members.has(c.username),
    reason: (kept) => (matched.find((m) => kept.some((c) => m.team.members.includes(c.username))) ?? first).reason,
  };
}

/** Whether a team's skill list takes `value`: a missing or empty list means any (the document's schema). */
function takes<T>(list: readonly T[] | undefined, value: T): boolean {
  return list === undefined || list.length === 0 || list.includes(value);
}

/** What one rule would keep, or null when it does not apply to this case. */
function narrowing(rule: Exclude<RoutingRule, { kind: 'load' }>, routed: RoutingCase, text: string, routing: RoutingDocument): Narrowed | null {
  const teams = routing.teams.filter((t) => t.kind === 'team');
  switch (rule.kind) {
    case 'influence': {
      if (INFLUENCE_LEVELS.indexOf(routed.influence) < INFLUENCE_LEVELS.indexOf(rule.minLevel)) return null;
      const floor = SENIORITY_BANDS.indexOf(rule.seniority);
      const reason = `cliente influyente → ${SENIORITY_NAMES[rule.seniority]}`;
      return { keep: (c) => SENIORITY_BANDS.indexOf(c.seniority) >= floor, reason: () => reason };
    }
    case 'topic': {
      // Areas are routed to by topic too: a billing question may go straight to Facturación.
      return byTeams(routing.teams, (t) => {
        const topic = t.skills.topics?.find((x) => mentionsFolded(text, x));
        return topic === undefined ? null : `tema «${topic}» → ${t.name}`;
      });
    }
    case 'language':
      return byTeams(teams, (t) => (takes(t.skills.languages, routed.language) ? `idioma ${LANGUAGE_NAMES[routed.language]} → ${t.name}` : null));
    case 'channel':
      return byTeams(teams, (t) => (takes(t.skills.channels, routed.channel) ? `canal ${CHANNEL_NAMES[routed.channel]} → ${t.name}` : null));
  }
}

/** The rule that decides and the agents it leaves, among whom load picks; null when no agent is routed. */
export function narrowed(routed: RoutingCase, candidates: readonly RoutingCandidate[], routing: RoutingDocument):
  { rule: RoutingRuleKind; reason: string; kept: RoutingCandidate[] } | null {
  const pool = routable(candidates);
  if (pool.length === 0) return null;
  const text = routingText(routed.text);
  for (const rule of routing.rules) {
    // Load picks among everyone left: the rules after it never run.
    if (rule.kind === 'load') break;
    const found = narrowing(rule, routed, text, routing);
    if (found === null) continue;
    const kept = pool.filter(found.keep);
    // A rule that keeps everyone says nothing; one that keeps no one cannot be followed.
    if (kept.length === 0 || kept.length === pool.length) continue;
    return { rule: rule.kind, reason: found.reason(kept), kept };
  }
  return { rule: 'load', reason: LOAD_REASON, kept: pool };
}

/** The agent a new case goes to, the rule that decided and why. */
export function route(routed: RoutingCase, candidates: readonly RoutingCandidate[], routing: RoutingDocument): RoutingDecision {
  const decided = narrowed(routed, candidates, routing);
  if (decided === null) return { agent: null, rule: null, reason: NO_AGENT_REASON };
  return { agent: leastBusy(decided.kept), rule: decided.rule, reason: decided.reason };
}
