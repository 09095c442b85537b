// Every mutation the server applies, by name: one module each, one line here. The table's type
// makes a protocol mutation without a server module (or a module under the wrong name) a type error.
import type { MutationName } from '../../protocol/mutations/index.ts';
import { acknowledgeReview } from './acknowledge-review.ts';
import { addCustomerNote } from './add-customer-note.ts';
import { blockSender } from './block-sender.ts';
import { removeCoachingObjective, saveCoachingNote, saveCoachingObjective } from './coaching.ts';
import { deleteTemplate } from './delete-template.ts';
import { disputeReview } from './dispute-review.ts';
import { linkIdentity } from './link-identity.ts';
import { markPeerAnswered } from './mark-peer-answered.ts';
import { mergeCustomers } from './merge-customers.ts';
import { moveToPrivate } from './move-to-private.ts';
import { putSetting } from './put-setting.ts';
import { reassignCase } from './reassign-case.ts';
import { deriveCase } from './derive-case.ts';
import { answerDerivation } from './answer-derivation.ts';
import { resolveDispute } from './resolve-dispute.ts';
import { restoreMessage } from './restore-message.ts';
import { saveTemplate } from './save-template.ts';
import { sendAutoReply } from './send-auto-reply.ts';
import { sendReply } from './send-reply.ts';
import { setMessageType } from './set-message-type.ts';
import { setStatus } from './set-status.ts';
import { submitReview } from './submit-review.ts';
import type { ServerMutation } from './types.ts';
import { dismissListeningPost, openListeningCase, react } from './listening.ts';
import { unblockSender } from './unblock-sender.ts';
import { undoMerge } from './undo-merge.ts';
import { unlinkIdentity } from './unlink-identity.ts';

export type ServerMutations = { [N in MutationName]: ServerMutation<N> };

export const SERVER_MUTATIONS = {
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
} satisfies ServerMutations;

export type { MutationContext, Outcome, ServerMutation } from './types.ts';
