// Blocking a sender for the whole organisation, and lifting a block, offline: the triage then
// keeps their messages out of the queue, or lets them back in, at once.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BlockSenderArgs } from '../../protocol/mutations/block-sender.ts';
import { retriageCases } from '../triage/triage.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** Blocks the case's sender: its customer's identity on the case's channel. */
export function blockSender(ctx: CommandContext, caseRef: string, reason: string): Omit<Queued, 'caseId'> & { blockId: string } {
  const found = ctx.requireOwnCase(caseRef);
  const sender = ctx.store.blocks.senderOfCase(found.id);
  if (!sender) {
    throw new CommandError('no_sender', `Case #${found.number} has no customer identity on ${found.channel}: there is no sender to block`);
  }
  if (ctx.store.blocks.isBlocked(sender.channel, sender.handle)) {
    throw new CommandError('already_blocked', `${sender.handle} on ${sender.channel} is already blocked`);
  }
  const parsed = BlockSenderArgs.safeParse({ blockId: randomUUID(), ...sender, reason });
  if (!parsed.success) throw new CommandError('invalid_block', `The block is not valid: ${z.prettifyError(parsed.error)}`);
  const queued = ctx.enqueue('block_sender', parsed.data, null, () => retriageSender(ctx, sender));
  return { ...queued, blockId: parsed.data.blockId };
}

export function unblockSender(ctx: CommandContext, blockId: string): Omit<Queued, 'caseId'> {
  const block = ctx.store.blocks.get(blockId);
  if (!block) throw new CommandError('block_not_found', `No block ${blockId} in this profile`);
  return ctx.enqueue('unblock_sender', { blockId }, null, () => retriageSender(ctx, block));
}

/** A block or its lifting moves the sender's cases in or out of the work queue at once. */
function retriageSender(ctx: CommandContext, sender: { channel: string; handle: string }): void {
  retriageCases(ctx.store, ctx.store.blocks.casesOfSender(sender.channel, sender.handle));
}
