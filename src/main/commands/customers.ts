// The customer record: notes every agent holding one of their cases sees, and the links and
// merges that gather a customer's accounts. The server moves accounts and cases; until it
// answers, the customer panel shows them pending.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AddCustomerNoteArgs } from '../../protocol/mutations/add-customer-note.ts';
import { UnlinkIdentityArgs } from '../../protocol/mutations/unlink-identity.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** Writes a note on a customer, offline; the server stamps it and shares it with the customer. */
export function addCustomerNote(ctx: CommandContext, customerId: string, text: string): Omit<Queued, 'caseId'> & { noteId: string } {
  if (!ctx.store.customers.profile(customerId)) throw new CommandError('customer_not_found', `No customer ${customerId} in this profile`);
  const parsed = AddCustomerNoteArgs.safeParse({ noteId: randomUUID(), customerId, text });
  if (!parsed.success) throw new CommandError('invalid_note', `The note is not valid: ${z.prettifyError(parsed.error)}`);
  return { ...ctx.enqueue('add_customer_note', parsed.data, null), noteId: parsed.data.noteId };
}

/**
 * Links the account the case came through to a known customer. Called once the agent validated
 * it is theirs (the link dialog's tick), so the link carries their word: the server needs it
 * when the records share no phone, e-mail or handle, and records who gave it.
 */
export function linkIdentity(ctx: CommandContext, caseRef: string, customerId: string): Queued & { linkId: string } {
  const found = ctx.requireOwnCase(caseRef);
  if (!found.identityId) throw new CommandError('no_identity', `Case #${found.number} does not say which account the customer wrote from`);
  if (found.customerId === customerId) throw new CommandError('same_customer', `That account is already this customer's`);
  const linkId = randomUUID();
  return { ...ctx.enqueue('link_identity', { linkId, caseId: found.id, customerId, validated: true }, found.version), caseId: found.id, linkId };
}

/** Takes an account off the case's customer, with the agent's reason. */
export function unlinkIdentity(ctx: CommandContext, caseRef: string, identityId: string, reason: string): Queued {
  const found = ctx.requireOwnCase(caseRef);
  const identities = ctx.store.customers.profile(found.customerId)?.identities ?? [];
  if (!identities.some((i) => i.id === identityId)) throw new CommandError('identity_not_found', `That account is not part of case #${found.number}'s customer`);
  if (identities.length < 2) throw new CommandError('only_identity', 'A customer’s only account cannot be unlinked');
  const parsed = UnlinkIdentityArgs.safeParse({ caseId: found.id, identityId, reason });
  if (!parsed.success) throw new CommandError('invalid_unlink', 'Say why the account is not this customer’s (at least 3 characters)');
  return { ...ctx.enqueue('unlink_identity', parsed.data, found.version), caseId: found.id };
}

/** Folds `mergedId` into `survivorId`; one of them must be the case's customer. */
export function mergeCustomers(ctx: CommandContext, caseRef: string, survivorId: string, mergedId: string): Queued & { mergeId: string } {
  const found = ctx.requireOwnCase(caseRef);
  if (survivorId === mergedId) throw new CommandError('same_customer', 'A record cannot be merged into itself');
  if (found.customerId !== survivorId && found.customerId !== mergedId) {
    throw new CommandError('not_this_customer', `Neither record is case #${found.number}'s customer`);
  }
  const mergeId = randomUUID();
  return { ...ctx.enqueue('merge_customers', { mergeId, caseId: found.id, survivorId, mergedId }, found.version), caseId: found.id, mergeId };
}

/** Undoes a link or a merge into the case's customer. */
export function undoMerge(ctx: CommandContext, caseRef: string, mergeId: string): Queued {
  const found = ctx.requireOwnCase(caseRef);
  if (!ctx.store.customers.merges(found.customerId).some((m) => m.mergeId === mergeId)) {
    throw new CommandError('merge_not_found', `No link or merge ${mergeId} on case #${found.number}'s customer`);
  }
  return { ...ctx.enqueue('undo_merge', { caseId: found.id, mergeId }, found.version), caseId: found.id };
}
