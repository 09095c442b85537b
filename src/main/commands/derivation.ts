// Derivation [derivación]: the agent sends their case to an area or a person with an internal
// note, and whom it went to answers it, returns it or takes it over. Checked here against the
// synced routing document (its areas and their members); the server has the last word.
import { randomUUID } from 'node:crypto';
import {
  areaOf, DERIVATION_NOTE_MAX, DERIVATION_OUTCOMES, HOLDING_REPLY_SHORTCUTS, parseTarget, recipientsOf, resolveTarget, targetLabel,
  type DerivationOptions, type DerivationOutcome, type DerivationView, type DerivedCase,
} from '../../shared/derivation/derivation.ts';
import type { Language } from '../../shared/domain.ts';
import { areasOf, ROUTING_SETTING, routingFrom, type RoutingDocument, type RoutingTeam } from '../../shared/routing/document.ts';
import type { CaseSummary } from '../../shared/models.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** The routing document in force here: its areas are where cases are derived to. */
export function routing(ctx: CommandContext): RoutingDocument {
  return routingFrom(ctx.store.reference.setting(ROUTING_SETTING)).routing;
}

/** The areas a case can be derived to. */
export function derivationAreas(ctx: CommandContext): RoutingTeam[] {
  return areasOf(routing(ctx));
}

/**
 * Derives the agent's own case. `to` is `area:<id or name>` (accents and case folded),
 * `agent:<username>`, or a bare username.
 */
export function deriveCase(ctx: CommandContext, caseRef: string, to: string, note: string): Queued & { to: string } {
  const found = ctx.requireOwnCase(caseRef);
  const text = note.trim();
  if (text === '' || text.length > DERIVATION_NOTE_MAX) {
    throw new CommandError('invalid_derivation', `Write an internal note for the area (1 to ${DERIVATION_NOTE_MAX} characters)`);
  }
  if (found.derivation?.state === 'derived') {
    throw new CommandError('already_derived', `Case #${found.number} is already derived and waiting for an answer; nothing was queued`);
  }
  const doc = routing(ctx);
  const target = resolveTarget(to, doc);
  if (target === undefined) {
    const names = areasOf(doc).map((a) => `${a.id} (${a.name})`).join(', ') || 'none';
    throw new CommandError('unknown_area', `"${to}" is not an area cases are derived to; the areas are: ${names}`);
  }
  const me = ctx.author().username;
  checkAgent(ctx, target, doc);
  const recipients = recipientsOf(target, doc).filter((u) => u !== me);
  if (recipients.length === 0) {
    const who = areaOf(target, doc)?.name ?? target.slice('agent:'.length);
    throw new CommandError('no_recipient', `${who} is not someone else to derive the case to; nothing was queued`);
  }
  const args = { derivationId: randomUUID(), caseId: found.id, to: target, note: text };
  return { ...ctx.enqueue('derive_case', args, found.version), caseId: found.id, to: target };
}

/**
 * A person must be in this cache's directory of agents (a typo, or an area's name typed as a
 * person, would otherwise be queued and refused only at the next sync); a trainer is nobody to
 * derive to.
 */
function checkAgent(ctx: CommandContext, target: string, doc: RoutingDocument): void {
  const { kind, id } = parseTarget(target);
  if (kind !== 'agent') return;
  const found = ctx.store.reference.agents().find((a) => a.username === id);
  if (found) {
    if (found.role === 'trainer') throw new CommandError('no_recipient', `${found.name} is not an agent or supervisor to derive the case to; nothing was queued`);
    return;
  }
  const area = resolveTarget(`area:${id}`, doc);
  const hint = area ? `; for the area, write ${area}` : '';
  throw new CommandError('unknown_agent', `"${id}" is not an agent of the organisation${hint}; nothing was queued`);
}

/** Whom the case was derived to answers it (back to its agent with the note), returns it or takes it over. */
export function answerDerivation(ctx: CommandContext, caseRef: string, outcome: string, note: string): Queued {
  const found = ctx.requireCase(caseRef);
  if (!isOutcome(outcome)) {
    throw new CommandError('invalid_derivation', `Unknown outcome "${outcome}"; use one of ${DERIVATION_OUTCOMES.join(', ')}`);
  }
  const text = note.trim();
  if (outcome === 'answered' && text === '') {
    throw new CommandError('invalid_derivation', `An answer needs its internal note (1 to ${DERIVATION_NOTE_MAX} characters)`);
  }
  if (text.length > DERIVATION_NOTE_MAX) {
    throw new CommandError('invalid_derivation', `The internal note is ${text.length} characters; keep it to ${DERIVATION_NOTE_MAX}`);
  }
  if (found.derivation?.state !== 'derived') {
    throw new CommandError('not_derived', `Case #${found.number} is not waiting for a derivation's answer; nothing was queued`);
  }
  const me = ctx.author().username;
  // The deriving agent may withdraw it; otherwise only whom the server fixed when it was derived.
  const withdraws = outcome === 'returned' && found.derivation.by === me;
  if (!withdraws && !mayAnswer(found, me)) {
    throw new CommandError('not_in_area', `Case #${found.number} was not derived to you or an area of yours; nothing was queued`);
  }
  return { ...ctx.enqueue('answer_derivation', { caseId: found.id, outcome, note: text }, found.version), caseId: found.id };
}

/** The cases derived to this agent (or an area of theirs) and still waiting for an answer. */
export function derivedToMe(ctx: CommandContext): DerivedCase[] {
  const me = ctx.author().username;
  return ctx.store.cases.derived().filter((c) => mayAnswer(c, me)).map((c) => ({ ...c, byName: nameOf(ctx, c.derivation?.by ?? '') }));
}

/** An agent's display name from the directory synced here; the username when it is not there. */
const nameOf = (ctx: CommandContext, username: string) => ctx.store.reference.agents().find((a) => a.username === username)?.name ?? username;

/** Derived to `me` (fixed on the server when it was derived) and not theirs already. */
const mayAnswer = (c: Pick<CaseSummary, 'assignedTo' | 'derivation'>, me: string) => c.assignedTo !== me && c.derivation?.recipients.includes(me) === true;

/** The case's derivation as the case view shows it to this agent. */
export function derivationView(ctx: CommandContext, caseId: string): DerivationView | null {
  const found = ctx.store.cases.get(caseId);
  if (!found?.derivation) return null;
  const me = ctx.author().username;
  const doc = routing(ctx);
  const waiting = found.derivation.state === 'derived';
  return {
    ...found.derivation,
    label: targetLabel(found.derivation.to, doc),
    byName: nameOf(ctx, found.derivation.by),
    canAnswer: waiting && mayAnswer(found, me),
    canWithdraw: waiting && found.derivation.by === me,
    holdingReply: waiting && found.assignedTo === me ? holdingReply(ctx, found.language) : null,
  };
}

/** Where this agent can derive a case: the areas, and the other agents and supervisors. */
export function derivationOptions(ctx: CommandContext): DerivationOptions {
  const me = ctx.author().username;
  return {
    // An area whose only member is this agent has nobody to answer it.
    areas: derivationAreas(ctx).filter((a) => a.members.some((m) => m !== me)).map((a) => ({ id: a.id, name: a.name })),
    agents: ctx.store.reference.agents().filter((a) => a.username !== me && a.role !== 'trainer').map((a) => ({ username: a.username, name: a.name })),
  };
}

function holdingReply(ctx: CommandContext, language: Language): DerivationView['holdingReply'] {
  // The same candidates the composer offers (the agent's team's included), and the same cache entry.
  const { username } = ctx.author();
  const candidates = ctx.store.knowledge.templateCandidates(username, ctx.store.reference.teamOf(username));
  const found = candidates.find((t) => t.shortcut === HOLDING_REPLY_SHORTCUTS[language])
    ?? candidates.find((t) => t.shortcut === HOLDING_REPLY_SHORTCUTS.es);
  return found ? { id: found.id, version: found.version, body: found.body } : null;
}

const isOutcome = (value: string): value is DerivationOutcome => (DERIVATION_OUTCOMES as readonly string[]).includes(value);
