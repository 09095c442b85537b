import { LINK_IDENTITY } from '../../protocol/mutations/link-identity.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { accountAlone, activeCustomerProblem, contentsOf, DUPLICATE_LINK, move, publish, record } from './customer-records.ts';
import { keysShared, ownCase } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/**
 * From their own case, the agent makes the case's account the known customer's, validated; an
 * emptied record retires. Records sharing no phone, e-mail or handle need the agent's word that
 * they validated the account (`validated`), and the server records who gave it and when.
 */
export const linkIdentity: ServerMutation<typeof LINK_IDENTITY, CaseFacts> = {
  name: LINK_IDENTITY,
  authorize: ownCase,
  async apply(ctx, args, tx, from) {
    if (await tx.links.exists(args.linkId)) return DUPLICATE_LINK;
    const identityId = from.identityId;
    if (!identityId) return { status: 'rejected', reason: 'no_identity', message: `Case #${from.number} does not say which account the customer wrote from` };
    const problem = await activeCustomerProblem(tx, args.customerId);
    if (problem) return problem;
    if (from.customerId === args.customerId) return APPLIED;
    // A link hands the agent the customer's whole history: records sharing nothing need the agent's word, kept here.
    const shared = (await keysShared(tx, from.customerId, args.customerId)).length > 0;
    if (!shared && args.validated !== true) {
      return { status: 'rejected', reason: 'link_not_validated', message: 'This account shares no phone, e-mail or handle with that customer: validate it is theirs first' };
    }
    // The account was the whole record (the usual unknown sender): the record folds in with it.
    const whole = (await tx.identities.count(from.customerId, identityId)) === 0;
    const moved = whole ? await contentsOf(tx, from.customerId) : await accountAlone(tx, identityId);
    await move(tx, moved, args.customerId);
    await tx.identities.setValidated(identityId, 1);
    if (args.validated) {
      await tx.identities.recordValidation({ identityId, customerId: args.customerId, linkId: args.linkId, by: ctx.username, at: ctx.now().toISOString() });
    }
    await record(tx, ctx, { id: args.linkId, kind: 'link', survivorId: args.customerId, mergedId: from.customerId, moved, retire: whole });
    await publish(tx, moved, [args.customerId, from.customerId]);
    return APPLIED;
  },
};
