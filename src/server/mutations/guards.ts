// Authorization shared by several mutations.
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
