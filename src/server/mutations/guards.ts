// Authorization shared by several mutations.
import { sharedKeys, type MatchKey } from '../../shared/customer-match.ts';
import type { Channel } from '../../shared/domain.ts';
import type { CaseFacts } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';
import type { Authorization, MutationContext } from './types.ts';

/** Only the agent the case is assigned to changes it or writes on it. */
export async function ownCase(ctx: MutationContext, args: { caseId: string }, tx: Tx): Promise<Authorization<CaseFacts>> {
  const found = await tx.cases.facts(args.caseId);
  if (!found) return { refused: { status: 'conflict', reason: 'case_not_found', message: 'The case no longer exists' } };
  if (found.assignedTo !== ctx.username) {
    const now = found.assignedTo ? ` (now: ${found.assignedTo})` : '';
    return {
      refused: { status: 'conflict', reason: 'not_assigned', message: `Case #${found.number} is no longer assigned to you${now}; nothing was sent` },
    };
  }
  return { granted: found };
}

/** The case's assignee, deciding about one of the customer's messages of that case (its type, the noise filter). */
export async function ownCustomerMessage(ctx: MutationContext, args: { caseId: string; messageId: string }, tx: Tx): Promise<Authorization<CaseFacts>> {
  const own = await ownCase(ctx, args, tx);
  if ('refused' in own) return own;
  if ((await tx.messages.customerSentAt(args.messageId, args.caseId)) === undefined) {
    return { refused: { status: 'rejected', reason: 'not_in_case', message: `Message ${args.messageId} is not one the customer wrote on case #${own.granted.number}` } };
  }
  return own;
}

/** The case's assignee, or a supervisor from any case (who holds none): the supervisor may do more, so `apply` is told. */
export async function ownCaseOrSupervisor(ctx: MutationContext, args: { caseId: string }, tx: Tx): Promise<Authorization<{ found: CaseFacts; supervisor: boolean }>> {
  if ((await tx.organisation.role(ctx.username)) === 'supervisor') {
    const found = await tx.cases.facts(args.caseId);
    if (!found) return { refused: { status: 'conflict', reason: 'case_not_found', message: 'The case no longer exists' } };
    return { granted: { found, supervisor: true } };
  }
  const own = await ownCase(ctx, args, tx);
  return 'refused' in own ? own : { granted: { found: own.granted, supervisor: false } };
}

/** Only a supervisor changes the organisation's business settings. */
export async function supervisorOnly(ctx: MutationContext, _args: unknown, tx: Tx): Promise<Authorization<undefined>> {
  if ((await tx.organisation.role(ctx.username)) === 'supervisor') return { granted: undefined };
  return { refused: { status: 'rejected', reason: 'not_supervisor', message: 'Only a supervisor changes business hours and auto-replies' } };
}

/** A personal template is changed only by its author; company templates by an administrator. */
export async function authorOnly(ctx: MutationContext, args: { templateId: string }, tx: Tx): Promise<Authorization<undefined>> {
  const existing = await tx.templates.owner(args.templateId);
  if (!existing || existing.owner === ctx.username) return { granted: undefined };
  return {
    refused: {
      status: 'rejected',
      reason: 'not_owner',
      message: existing.owner === null ? 'Company templates are edited by an administrator' : 'This template belongs to another agent',
    },
  };
}

/** The phone numbers, e-mail addresses and handles two records share (customer-match.ts): what makes them plausibly one person. */
export async function keysShared(tx: Tx, a: string, b: string): Promise<MatchKey[]> {
  const accounts = async (id: string) => (await tx.identities.accountsOf(id)).map((i) => ({ channel: i.channel as Channel, handle: i.handle }));
  return sharedKeys(await accounts(a), await accounts(b));
}
