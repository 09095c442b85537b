// What the agent decides about a customer message of their case: its type (A–E, or back to the
// classifier's) and taking it out of the noise filter. Synced, so every console holding the case
// and a reviewer see what the agent settled on; shown here at once, offline too.
import type { MessageType } from '../../shared/domain.ts';
import type { DecisionTarget } from '../db/repositories/triage.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

export function setMessageType(ctx: CommandContext, messageId: string, type: MessageType | null): Queued {
  const target = classified(ctx, messageId);
  const found = ctx.requireOwnCase(target.caseId);
  return { ...ctx.enqueue('set_message_type', { caseId: found.id, messageId, type }, found.version), caseId: found.id };
}

export function restoreMessage(ctx: CommandContext, messageId: string): Queued {
  const target = ctx.store.triage.decisionTarget(messageId);
  if (!target?.noise || target.restored) throw new CommandError('not_filtered', 'Only a message the noise filter holds can be restored');
  const found = ctx.requireOwnCase(target.caseId);
  return { ...ctx.enqueue('restore_message', { caseId: found.id, messageId }, found.version), caseId: found.id };
}

function classified(ctx: CommandContext, messageId: string): DecisionTarget {
  const target = ctx.store.triage.decisionTarget(messageId);
  if (!target) throw new CommandError('not_triaged', 'Only a customer message the console has classified can change type');
  return target;
}
