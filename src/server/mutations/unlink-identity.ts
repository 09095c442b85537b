import { UNLINK_IDENTITY } from '../../protocol/mutations/unlink-identity.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { accountAlone, move, publish } from './customer-records.ts';
import { ownCase } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/** From their own case, the agent takes an account off the customer, to a record of its own, with a reason. */
export const unlinkIdentity: ServerMutation<typeof UNLINK_IDENTITY, CaseFacts> = {
  name: UNLINK_IDENTITY,
  authorize: ownCase,
  async apply(ctx, args, tx, from) {
    const identity = await tx.identities.get(args.identityId);
    if (!identity || identity.customerId !== from.customerId) {
      return { status: 'conflict', reason: 'identity_not_found', message: `That account is no longer part of case #${from.number}'s customer` };
    }
    if ((await tx.identities.count(from.customerId)) < 2) {
      return { status: 'rejected', reason: 'only_identity', message: 'A customer’s only account cannot be unlinked' };
    }
    const newId = await tx.customers.createFor(identity.handle, (await tx.customers.language(from.customerId)) ?? 'es');
    const moved = await accountAlone(tx, args.identityId);
    await move(tx, moved, newId);
    await tx.identities.setValidated(args.identityId, 0);
    const at = ctx.now().toISOString();
    await tx.links.recordUnlink({ identityId: args.identityId, from: from.customerId, to: newId, reason: args.reason, by: ctx.username, at });
    // A link that brought this account in can no longer be undone as it was.
    await tx.links.voidLinksBringing(from.customerId, args.identityId, at);
    await publish(tx, moved, [from.customerId, newId]);
    return APPLIED;
  },
};
