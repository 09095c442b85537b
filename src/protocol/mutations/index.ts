// Every mutation a console may push, by name: the console queues and replays its args by this
// table and the server validates them by it, so adding one is a module and a line here.
import type { z } from 'zod';
import { ACKNOWLEDGE_REVIEW, AcknowledgeReviewArgs } from './acknowledge-review.ts';
import { ADD_CUSTOMER_NOTE, AddCustomerNoteArgs } from './add-customer-note.ts';
import { BLOCK_SENDER, BlockSenderArgs } from './block-sender.ts';
import { DELETE_TEMPLATE, DeleteTemplateArgs } from './delete-template.ts';
import { DISPUTE_REVIEW, DisputeReviewArgs } from './dispute-review.ts';
import { LINK_IDENTITY, LinkIdentityArgs } from './link-identity.ts';
import { MARK_PEER_ANSWERED, MarkPeerAnsweredArgs } from './mark-peer-answered.ts';
import { MERGE_CUSTOMERS, MergeCustomersArgs } from './merge-customers.ts';
import { MOVE_TO_PRIVATE, MoveToPrivateArgs } from './move-to-private.ts';
import { PUT_SETTING, PutSettingArgs } from './put-setting.ts';
import { REMOVE_COACHING_OBJECTIVE, RemoveCoachingObjectiveArgs } from './remove-coaching-objective.ts';
import { REASSIGN_CASE, ReassignCaseArgs } from './reassign-case.ts';
import { RESOLVE_DISPUTE, ResolveDisputeArgs } from './resolve-dispute.ts';
import { RESTORE_MESSAGE, RestoreMessageArgs } from './restore-message.ts';
import { SAVE_COACHING_NOTE, SaveCoachingNoteArgs } from './save-coaching-note.ts';
import { SAVE_COACHING_OBJECTIVE, SaveCoachingObjectiveArgs } from './save-coaching-objective.ts';
import { SAVE_TEMPLATE, SaveTemplateArgs } from './save-template.ts';
import { SEND_AUTO_REPLY, SendAutoReplyArgs } from './send-auto-reply.ts';
import { SEND_REPLY, SendReplyArgs } from './send-reply.ts';
import { SET_MESSAGE_TYPE, SetMessageTypeArgs } from './set-message-type.ts';
import { SET_STATUS, SetStatusArgs } from './set-status.ts';
import { SUBMIT_REVIEW, SubmitReviewArgs } from './submit-review.ts';
import { UNBLOCK_SENDER, UnblockSenderArgs } from './unblock-sender.ts';
import { UNDO_MERGE, UndoMergeArgs } from './undo-merge.ts';
import { UNLINK_IDENTITY, UnlinkIdentityArgs } from './unlink-identity.ts';
import { DERIVE_CASE, DeriveCaseArgs } from './derive-case.ts';
import { ANSWER_DERIVATION, AnswerDerivationArgs } from './answer-derivation.ts';
import { REACT, ReactArgs } from './react.ts';
import { DISMISS_LISTENING_POST, DismissListeningPostArgs } from './dismiss-listening-post.ts';
import { OPEN_LISTENING_CASE, OpenListeningCaseArgs } from './open-listening-case.ts';

export const MUTATION_ARGS = {
  [SEND_REPLY]: SendReplyArgs,
  [SET_STATUS]: SetStatusArgs,
  [SAVE_TEMPLATE]: SaveTemplateArgs,
  [DELETE_TEMPLATE]: DeleteTemplateArgs,
  [MOVE_TO_PRIVATE]: MoveToPrivateArgs,
  [SEND_AUTO_REPLY]: SendAutoReplyArgs,
  [BLOCK_SENDER]: BlockSenderArgs,
  [UNBLOCK_SENDER]: UnblockSenderArgs,
  [ADD_CUSTOMER_NOTE]: AddCustomerNoteArgs,
  [LINK_IDENTITY]: LinkIdentityArgs,
  [UNLINK_IDENTITY]: UnlinkIdentityArgs,
  [MERGE_CUSTOMERS]: MergeCustomersArgs,
  [UNDO_MERGE]: UndoMergeArgs,
  [PUT_SETTING]: PutSettingArgs,
  [SUBMIT_REVIEW]: SubmitReviewArgs,
  [ACKNOWLEDGE_REVIEW]: AcknowledgeReviewArgs,
  [DISPUTE_REVIEW]: DisputeReviewArgs,
  [RESOLVE_DISPUTE]: ResolveDisputeArgs,
  [SET_MESSAGE_TYPE]: SetMessageTypeArgs,
  [RESTORE_MESSAGE]: RestoreMessageArgs,
  [MARK_PEER_ANSWERED]: MarkPeerAnsweredArgs,
  [SAVE_COACHING_OBJECTIVE]: SaveCoachingObjectiveArgs,
  [REMOVE_COACHING_OBJECTIVE]: RemoveCoachingObjectiveArgs,
  [SAVE_COACHING_NOTE]: SaveCoachingNoteArgs,
  [REASSIGN_CASE]: ReassignCaseArgs,
  [DERIVE_CASE]: DeriveCaseArgs,
  [ANSWER_DERIVATION]: AnswerDerivationArgs,
  [REACT]: ReactArgs,
  [DISMISS_LISTENING_POST]: DismissListeningPostArgs,
  [OPEN_LISTENING_CASE]: OpenListeningCaseArgs,
} as const;
export type MutationName = keyof typeof MUTATION_ARGS;
export type MutationArgs<N extends MutationName> = z.infer<(typeof MUTATION_ARGS)[N]>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(MUTATION_ARGS, name);
}
