// What the agent does: the write side, one file per aggregate. Each command checks what it
// can here, applies its optimistic effect and appends its outbox row in one transaction, then
// returns: the agent never waits on the network.
import type { Store } from '../db/store.ts';
import type { Logger } from '../log.ts';
import { blockSender, unblockSender } from './blocks.ts';
import { contactReasons, markPeerAnswered, products, setStatus } from './case-status.ts';
import { removeCoachingObjective, saveCoachingNote, saveCoachingObjective } from './coaching.ts';
import { CommandContext } from './context.ts';
import { addCustomerNote, linkIdentity, mergeCustomers, undoMerge, unlinkIdentity } from './customers.ts';
import { restoreMessage, setMessageType } from './message-decisions.ts';
import type { ReplyAuthor } from './effects.ts';
import { acknowledgeReview, disputeReview, resolveDispute, submitReview } from './qa-reviews.ts';
import { moveToPrivate, sendAutoReply, sendReply } from './replies.ts';
import { putSetting } from './settings.ts';
import { reassignCase } from './team.ts';
import { deleteTemplate, saveTemplate } from './templates.ts';
import { answerDerivation, derivationAreas, derivationOptions, derivationView, deriveCase, derivedToMe } from './derivation.ts';
import { dismissPost, likeMessage, openCaseFromPost, reactToPost } from './listening.ts';

export type { Queued } from './context.ts';
export type { Classification } from './case-status.ts';
export type { ReplySources } from './replies.ts';
export type { DisputeDecision, ReviewSubmission } from './qa-reviews.ts';

/** A command's arguments after the context. */
type Args<F> = F extends (ctx: CommandContext, ...rest: infer A) => unknown ? A : never;

export class Commands {
  private readonly ctx: CommandContext;

  constructor(
    store: Store,
    author: () => ReplyAuthor,
    onQueued: () => void = () => undefined,
    now: () => Date = () => new Date(),
    log?: Logger,
  ) {
    this.ctx = new CommandContext(store, author, onQueued, now, log);
  }

  // The case and what is said on it.
  sendReply(...a: Args<typeof sendReply>) { return sendReply(this.ctx, ...a); }
  sendAutoReply(...a: Args<typeof sendAutoReply>) { return sendAutoReply(this.ctx, ...a); }
  moveToPrivate(...a: Args<typeof moveToPrivate>) { return moveToPrivate(this.ctx, ...a); }
  setStatus(...a: Args<typeof setStatus>) { return setStatus(this.ctx, ...a); }
  contactReasons() { return contactReasons(this.ctx); }
  products() { return products(this.ctx); }
  markPeerAnswered(...a: Args<typeof markPeerAnswered>) { return markPeerAnswered(this.ctx, ...a); }
  // What the agent decides about a customer message: its type, and the noise filter.
  setMessageType(...a: Args<typeof setMessageType>) { return setMessageType(this.ctx, ...a); }
  restoreMessage(...a: Args<typeof restoreMessage>) { return restoreMessage(this.ctx, ...a); }
  // Personal templates.
  saveTemplate(...a: Args<typeof saveTemplate>) { return saveTemplate(this.ctx, ...a); }
  deleteTemplate(...a: Args<typeof deleteTemplate>) { return deleteTemplate(this.ctx, ...a); }
  // Blocked senders.
  blockSender(...a: Args<typeof blockSender>) { return blockSender(this.ctx, ...a); }
  unblockSender(...a: Args<typeof unblockSender>) { return unblockSender(this.ctx, ...a); }
  // The customer record.
  addCustomerNote(...a: Args<typeof addCustomerNote>) { return addCustomerNote(this.ctx, ...a); }
  linkIdentity(...a: Args<typeof linkIdentity>) { return linkIdentity(this.ctx, ...a); }
  unlinkIdentity(...a: Args<typeof unlinkIdentity>) { return unlinkIdentity(this.ctx, ...a); }
  mergeCustomers(...a: Args<typeof mergeCustomers>) { return mergeCustomers(this.ctx, ...a); }
  undoMerge(...a: Args<typeof undoMerge>) { return undoMerge(this.ctx, ...a); }
  // A supervisor's settings documents.
  putSetting(...a: Args<typeof putSetting>) { return putSetting(this.ctx, ...a); }
  // QA reviews and their disputes.
  submitReview(...a: Args<typeof submitReview>) { return submitReview(this.ctx, ...a); }
  acknowledgeReview(...a: Args<typeof acknowledgeReview>) { return acknowledgeReview(this.ctx, ...a); }
  disputeReview(...a: Args<typeof disputeReview>) { return disputeReview(this.ctx, ...a); }
  resolveDispute(...a: Args<typeof resolveDispute>) { return resolveDispute(this.ctx, ...a); }
  // The coaching plan: objectives and weekly one-on-one notes.
  saveCoachingObjective(...a: Args<typeof saveCoachingObjective>) { return saveCoachingObjective(this.ctx, ...a); }
  removeCoachingObjective(...a: Args<typeof removeCoachingObjective>) { return removeCoachingObjective(this.ctx, ...a); }
  saveCoachingNote(...a: Args<typeof saveCoachingNote>) { return saveCoachingNote(this.ctx, ...a); }
  // A supervisor's team.
  reassignCase(...a: Args<typeof reassignCase>) { return reassignCase(this.ctx, ...a); }
  // Derivation to an area or a person, and its answer.
  deriveCase(...a: Args<typeof deriveCase>) { return deriveCase(this.ctx, ...a); }
  answerDerivation(...a: Args<typeof answerDerivation>) { return answerDerivation(this.ctx, ...a); }
  derivationAreas() { return derivationAreas(this.ctx); }
  derivedToMe() { return derivedToMe(this.ctx); }
  derivationView(caseId: string) { return derivationView(this.ctx, caseId); }
  derivationOptions() { return derivationOptions(this.ctx); }
  // Listening: public posts about the brand.
  reactToPost(...a: Args<typeof reactToPost>) { return reactToPost(this.ctx, ...a); }
  likeMessage(...a: Args<typeof likeMessage>) { return likeMessage(this.ctx, ...a); }
  dismissPost(...a: Args<typeof dismissPost>) { return dismissPost(this.ctx, ...a); }
  openCaseFromPost(...a: Args<typeof openCaseFromPost>) { return openCaseFromPost(this.ctx, ...a); }
}
