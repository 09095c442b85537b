import { MOVE_TO_PRIVATE } from '../../protocol/mutations/move-to-private.ts';
import type { Channel } from '../../shared/domain.ts';
import { MOVE_TO_PRIVATE_SETTING, moveToPrivatePlan } from '../../shared/move-to-private.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { deliver } from './deliver.ts';
import { ownCase } from './guards.ts';
import type { ServerMutation } from './types.ts';

/** The invitation goes out as a public reply; the case remembers where the customer was asked to write. */
export const moveToPrivate: ServerMutation<typeof MOVE_TO_PRIVATE, CaseFacts> = {
  name: MOVE_TO_PRIVATE,
  authorize: ownCase,
  async apply(ctx, args, tx, found) {
    const plan = moveToPrivatePlan(await tx.settings.value(MOVE_TO_PRIVATE_SETTING), found.channel as Channel);
    if (!plan) return { status: 'rejected', reason: 'not_public', message: `Case #${found.number} is on a private channel already` };
    if (!plan.targets.includes(args.channel)) {
      return { status: 'rejected', reason: 'invalid_target', message: `Case #${found.number} can move to ${plan.targets.join(' or ')}, not ${args.channel}` };
    }
    const outcome = await deliver(tx, ctx, found, args, 'move_to_private');
    if (outcome.status !== 'applied') return outcome;
    await tx.cases.markMoved(found.id, args.channel);
    await tx.feed.publishCase(found.id);
    return outcome;
  },
};
