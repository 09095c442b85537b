// Derivation [derivación] (seed 001: "establecer un circuito de derivación hacia las áreas o las
// personas que correspondan"): an agent sends their case to an area of the routing document
// (Facturación, Técnica, Legales) or to a person, with an internal note the customer never sees.
// The case stays the agent's, and its service-level clock keeps running, until the area:
// - answers internally (`answered`): the case is back with its agent, with the area's note;
// - gives it back without an answer (`returned`): back with its agent, with the area's note if it
//   wrote one, else the agent's own;
// - takes it over (`taken`): the case is reassigned to the member who took it.
// The deriving agent may withdraw it while it waits (`returned`, by them); a supervisor's
// reassignment closes it too: `taken` when the case goes to one it was derived to, else `returned`.
// One derivation is open (`derived`) at a time; once it is closed the agent may derive again.
import { z } from 'zod';
import type { Language } from '../domain.ts';
import type { CaseSummary } from '../models.ts';
import { fold } from '../template-search.ts';
import { areasOf, type RoutingDocument, type RoutingTeam } from '../routing/document.ts';
import { DERIVATION_NOTE_MAX } from './note.ts';

export const DERIVATION_STATES = ['derived', 'answered', 'returned', 'taken'] as const;
export type DerivationState = (typeof DERIVATION_STATES)[number];

/** How an area member closes an open derivation (`answer_derivation`'s `outcome`). */
export const DERIVATION_OUTCOMES = ['answered', 'returned', 'taken'] as const;
export type DerivationOutcome = (typeof DERIVATION_OUTCOMES)[number];

export { DERIVATION_NOTE_MAX };

/** `area:<id>` (an area of the routing document) or `agent:<username>`. */
export const DerivationTarget = z.string().regex(/^(area|agent):\S{1,100}$/, 'area:<id> or agent:<username>');

/** A case's latest derivation, as the wire, the cache and `cases --json` carry it. */
export const CaseDerivation = z.object({
  to: DerivationTarget,
  state: z.enum(DERIVATION_STATES),
  /** The area's note once it answered (or returned it with one), else the deriving agent's. */
  note: z.string().max(DERIVATION_NOTE_MAX),
  /** The agent who derived it: the note is theirs until the area answers. */
  by: z.string().min(1).max(100),
  /**
   * Who may answer it, fixed by the server when it was derived (the area's members then, the
   * deriving agent left out, or the agent named): a later change to the area does not move it.
   */
  recipients: z.array(z.string().min(1).max(100)).max(200),
});
export type CaseDerivation = z.infer<typeof CaseDerivation>;

export type ParsedTarget = { kind: 'area' | 'agent'; id: string };

export function parseTarget(to: string): ParsedTarget {
  const at = to.indexOf(':');
  return { kind: to.slice(0, at) === 'area' ? 'area' : 'agent', id: to.slice(at + 1) };
}

/** The area a target names, when it names one the document has. */
export function areaOf(to: string, routing: RoutingDocument): RoutingTeam | undefined {
  const target = parseTarget(to);
  return target.kind === 'area' ? areasOf(routing).find((a) => a.id === target.id) : undefined;
}

/** Who may answer (or take) a derivation: the area's members, or the agent named. */
export function recipientsOf(to: string, routing: RoutingDocument): string[] {
  const target = parseTarget(to);
  if (target.kind === 'agent') return [target.id];
  return areaOf(to, routing)?.members ?? [];
}

/** As people read it: the area's name ("Facturación"), or the agent's username. */
export function targetLabel(to: string, routing: RoutingDocument): string {
  return areaOf(to, routing)?.name ?? parseTarget(to).id;
}

/**
 * What a person typed (`area:facturacion`, `area:Facturación`, `agent:mateo`, `mateo`) as a
 * target: an area by its id or its name, accents and case folded; a bare name is an agent.
 * Undefined when it names no area of the document.
 */
export function resolveTarget(input: string, routing: RoutingDocument): string | undefined {
  const text = input.trim();
  const colon = text.indexOf(':');
  const kind = colon < 0 ? 'agent' : text.slice(0, colon).trim().toLowerCase();
  const name = colon < 0 ? text : text.slice(colon + 1).trim();
  if (name === '') return undefined;
  if (kind === 'agent') return `agent:${name.toLowerCase()}`;
  if (kind !== 'area') return undefined;
  const wanted = fold(name);
  const area = areasOf(routing).find((a) => a.id === wanted || fold(a.name) === wanted);
  return area && `area:${area.id}`;
}

/** The holding reply offered to the deriving agent while the area works: a template with this shortcut, by the case's language. */
export const HOLDING_REPLY_SHORTCUTS: Record<Language, string> = { es: 'consultando', en: 'enchecking', pt: 'ptconsultando' };

/** What the case view shows of a derivation. */
export interface DerivationView extends CaseDerivation {
  /** The area's name ("Facturación") or the agent's. */
  label: string;
  /** The person reading may answer it, give it back or take the case (it waits, and was derived to them). */
  canAnswer: boolean;
  /** The person reading derived it and it still waits: they may withdraw it (`returned`). */
  canWithdraw: boolean;
  /** The deriving agent's display name (the note is theirs while it waits). */
  byName: string;
  /** The holding reply for the deriving agent while it waits; null when the organisation has none. */
  holdingReply: { id: string; version: number; body: string } | null;
}

/** A case derived to this person, waiting: who derived it, by name. */
export type DerivedCase = CaseSummary & { byName: string };

/** Where a case can be derived to: the areas of the routing document and the other agents. */
export interface DerivationOptions {
  areas: { id: string; name: string }[];
  agents: { username: string; name: string }[];
}
