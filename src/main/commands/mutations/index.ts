// Every mutation's console module, by name: the one table the commands queue through and the
// sync engine replays, settles and undoes through. Adding a mutation is a module and a line here.
import type { MutationName } from '../../../protocol/mutations/index.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { Mutation } from '../../db/repositories/outbox.ts';
import type { Store } from '../../db/store.ts';
import { acknowledgeReview } from './acknowledge-review.ts';
import { addCustomerNote } from './add-customer-note.ts';
import { blockSender } from './block-sender.ts';
import { removeCoachingObjective, saveCoachingNote, saveCoachingObjective } from './coaching.ts';
import { deleteTemplate } from './delete-template.ts';
import { answerDerivation, deriveCase } from './derivation.ts';
import { disputeReview } from './dispute-review.ts';
import { linkIdentity } from './link-identity.ts';
import { markPeerAnswered } from './mark-peer-answered.ts';
import { mergeCustomers } from './merge-customers.ts';
import { isRefusal, type EffectContext, type Ending, type MutationModule, type SettleContext } from './module.ts';
import { moveToPrivate } from './move-to-private.ts';
import { putSetting } from './put-setting.ts';
import { reassignCase } from './reassign-case.ts';
import { resolveDispute } from './resolve-dispute.ts';
import { restoreMessage } from './restore-message.ts';
import { saveTemplate } from './save-template.ts';
import { sendAutoReply } from './send-auto-reply.ts';
import { sendReply } from './send-reply.ts';
import { setMessageType } from './set-message-type.ts';
import { setStatus } from './set-status.ts';
import { submitReview } from './submit-review.ts';
import { unblockSender } from './unblock-sender.ts';
import { undoMerge } from './undo-merge.ts';
import { unlinkIdentity } from './unlink-identity.ts';
import { dismissListeningPost, openListeningCase, react } from './listening.ts';

export { settleUnreadable } from './unreadable.ts';
export { isRefusal } from './module.ts';
export type { EffectContext, Ending, MutationModule, Outcome, ReplyAuthor, SettleContext } from './module.ts';

/** Typed so that every protocol mutation has its module, with that mutation's args. */
export const MUTATIONS: { readonly [N in MutationName]: MutationModule<N> } = {
  send_reply: sendReply,
  set_status: setStatus,
  save_template: saveTemplate,
  delete_template: deleteTemplate,
  move_to_private: moveToPrivate,
  send_auto_reply: sendAutoReply,
  block_sender: blockSender,
  unblock_sender: unblockSender,
  add_customer_note: addCustomerNote,
  link_identity: linkIdentity,
  unlink_identity: unlinkIdentity,
  merge_customers: mergeCustomers,
  undo_merge: undoMerge,
  put_setting: putSetting,
  submit_review: submitReview,
  acknowledge_review: acknowledgeReview,
  dispute_review: disputeReview,
  resolve_dispute: resolveDispute,
  set_message_type: setMessageType,
  restore_message: restoreMessage,
  mark_peer_answered: markPeerAnswered,
  save_coaching_objective: saveCoachingObjective,
  remove_coaching_objective: removeCoachingObjective,
  save_coaching_note: saveCoachingNote,
  reassign_case: reassignCase,
  derive_case: deriveCase,
  answer_derivation: answerDerivation,
  react,
  dismiss_listening_post: dismissListeningPost,
  open_listening_case: openListeningCase,
};

/** Applies a mutation's optimistic effect. */
export function applyEffect<N extends MutationName>(store: Store, { name, args }: Mutation<N>, ctx: EffectContext): void {
  MUTATIONS[name].effect(store, args, ctx);
}

/** What settling did: the cases a refusal's undo moved, whether there was an undo, and what to read again. */
export interface Settled {
  cases: readonly string[];
  undone: boolean;
  announces: readonly EntityName[];
}

/** Settles a mutation through its module; a refusal is undone, an unknown ending is not. */
export function settleMutation<N extends MutationName>(store: Store, { name, args }: Mutation<N>, ending: Ending, ctx: SettleContext): Settled {
  const module = MUTATIONS[name];
  module.settle?.(store, args, ending, ctx);
  const undo = isRefusal(ending) ? module.undo : undefined;
  return { cases: undo?.(store, args, ctx) ?? [], undone: undo !== undefined, announces: module.announces };
}
