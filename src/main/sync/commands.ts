// What the agent does. Each command applies its optimistic effect and appends its outbox row
// in one transaction, then returns: the agent never waits on the network.
import { randomUUID } from 'node:crypto';
import { CHANNEL_INFO } from '../../shared/channels.ts';
import { classificationProblem, CONTACT_REASONS_SETTING, contactReasonsFrom, type ContactReasonOption } from '../../shared/contact-reasons.ts';
import { CASE_STATUSES, CHANNELS, RESOLUTIONS, type CaseStatus, type Channel, type Resolution } from '../../shared/domain.ts';
import { MOVE_TO_PRIVATE_SETTING, moveToPrivatePlan } from '../../shared/move-to-private.ts';
import type { ReplySource } from '../../shared/models.ts';
import type { Store } from '../db/store.ts';
import { retriageCases } from '../triage/triage.ts';
import { EFFECTS, type ReplyAuthor } from './effects.ts';
import { z } from 'zod';
import type { EditableSetting } from '../../shared/business-settings.ts';
import { documentProblem } from '../../shared/settings-documents.ts';
import { AddCustomerNoteArgs } from '../../protocol/mutations/add-customer-note.ts';
import { BlockSenderArgs } from '../../protocol/mutations/block-sender.ts';
import type { MutationArgs, MutationName } from '../../protocol/mutations/index.ts';
import { PutSettingArgs } from '../../protocol/mutations/put-setting.ts';
import { SaveTemplateArgs } from '../../protocol/mutations/save-template.ts';
import { UnlinkIdentityArgs } from '../../protocol/mutations/unlink-identity.ts';

export type CommandErrorCode =
  | 'case_not_found' | 'empty_reply' | 'reply_too_long' | 'invalid_status'
  | 'invalid_template' | 'template_not_found' | 'not_owner'
  | 'reason_required' | 'unknown_reason' | 'resolution_required' | 'not_public' | 'invalid_target'
  | 'no_sender' | 'already_blocked' | 'block_not_found' | 'invalid_block'
  | 'not_assigned' | 'customer_not_found' | 'invalid_note'
  | 'no_identity' | 'same_customer' | 'identity_not_found' | 'only_identity' | 'invalid_unlink' | 'not_this_customer' | 'merge_not_found'
  | 'not_supervisor' | 'invalid_setting';

export class CommandError extends Error {
  readonly code: CommandErrorCode;

  constructor(code: CommandErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'CommandError';
  }
}

export interface Queued {
  caseId: string;
  mutationId: string;
  seq: number;
}

/** How a case is classified [tipificación]: required to resolve it. */
export interface Classification {
  reason?: string | undefined;
  resolution?: string | undefined;
}

/** The templates and articles a reply was made from, each at the version inserted. */
export interface ReplySources {
  templates?: ReplySource[];
  articles?: ReplySource[];
}

export class Commands {
  private readonly store: Store;
  private readonly author: () => ReplyAuthor;
  private readonly onQueued: () => void;
  private readonly now: () => Date;

  constructor(
    store: Store,
    author: () => ReplyAuthor,
    onQueued: () => void = () => undefined,
    now: () => Date = () => new Date(),
  ) {
    this.store = store;
    this.author = author;
    this.onQueued = onQueued;
    this.now = now;
  }

  /**
   * Queues a reply on the case; `caseRef` is the case id or its number. `sources` names the
   * templates and articles it was made from (recorded with the reply and counted: the "/"
   * ranking and the metrics read the counts).
   */
  sendReply(caseRef: string, text: string, sources: ReplySources = {}): Queued & { messageId: string } {
    const found = this.requireOwnCase(caseRef);
    checkReplyText(found.channel as Channel, text);
    const messageId = randomUUID();
    const { templates = [], articles = [] } = sources;
    const args = { caseId: found.id, messageId, text, ...(templates.length ? { templates } : {}), ...(articles.length ? { articles } : {}) };
    const queued = this.enqueue('send_reply', args, found.version, (at) => {
      this.store.knowledge.recordUse(templates.map((t) => t.id), at);
      this.store.knowledge.recordArticleUse(articles.map((a) => a.id), at);
    });
    return { ...queued, caseId: found.id, messageId };
  }

  /**
   * Queues the out-of-hours engine's notice on one of the agent's cases. `at` is the server's
   * clock at the pull that decided it, so the notice is timed among the thread's server times
   * whatever this laptop's clock says.
   */
  sendAutoReply(caseRef: string, notice: Omit<MutationArgs<'send_auto_reply'>, 'caseId' | 'messageId'>, at: Date): Queued & { messageId: string } {
    const found = this.requireOwnCase(caseRef);
    checkReplyText(found.channel as Channel, notice.text);
    const messageId = randomUUID();
    const queued = this.enqueue('send_auto_reply', { caseId: found.id, messageId, ...notice }, found.version, undefined, at);
    return { ...queued, caseId: found.id, messageId };
  }

  /**
   * Changes the case's state. Resolving needs a contact reason (one of the synced list's active
   * ones) and whether it was in the customer's favour; other states may carry a reason too.
   */
  setStatus(caseRef: string, status: string, classification: Classification = {}): Queued {
    const found = this.requireOwnCase(caseRef);
    if (!isCaseStatus(status)) {
      throw new CommandError('invalid_status', `Unknown state "${status}"; use one of ${CASE_STATUSES.join(', ')}`);
    }
    const { reason, resolution } = classification;
    if (status === 'resolved' || reason !== undefined) this.checkReason(found.number, reason);
    if (status === 'resolved' && !isResolution(resolution)) {
      throw new CommandError('resolution_required',
        `To resolve case #${found.number}, say whether it was in the customer's favour or against it (${RESOLUTIONS.join(' or ')})`);
    }
    const args = {
      caseId: found.id, status,
      ...(reason === undefined ? {} : { reason }),
      ...(status === 'resolved' && isResolution(resolution) ? { resolution } : {}),
    };
    return { ...this.enqueue('set_status', args, found.version), caseId: found.id };
  }

  /** The contact reasons the central API syncs (the guide's list until it sends one). */
  contactReasons(): ContactReasonOption[] {
    return contactReasonsFrom(this.store.reference.setting(CONTACT_REASONS_SETTING));
  }

  /**
   * Invites the customer of a public case to continue on a private `channel`: `text` goes out as
   * a public reply and the case records where it moved.
   */
  moveToPrivate(caseRef: string, text: string, channel: string, sources: Pick<ReplySources, 'templates'> = {}): Queued & { messageId: string } {
    const found = this.requireOwnCase(caseRef);
    const plan = moveToPrivatePlan(this.store.reference.setting(MOVE_TO_PRIVATE_SETTING), found.channel as Channel);
    if (!plan) throw new CommandError('not_public', `Case #${found.number} is on a private channel already`);
    if (!isChannel(channel) || !plan.targets.includes(channel)) {
      throw new CommandError('invalid_target', `Case #${found.number} can move to ${plan.targets.join(' or ')}, not "${channel}"`);
    }
    checkReplyText(found.channel as Channel, text);
    const messageId = randomUUID();
    const { templates = [] } = sources;
    const args = { caseId: found.id, messageId, text, channel, ...(templates.length ? { templates } : {}) };
    const queued = this.enqueue('move_to_private', args, found.version, (at) => {
      this.store.knowledge.recordUse(templates.map((t) => t.id), at);
    });
    return { ...queued, caseId: found.id, messageId };
  }

  /** Creates (no `templateId`) or edits one of the agent's personal templates, offline. */
  saveTemplate(input: Omit<MutationArgs<'save_template'>, 'templateId'> & { templateId?: string }): Omit<Queued, 'caseId'> & { templateId: string } {
    const existing = input.templateId === undefined ? undefined : this.store.knowledge.template(input.templateId);
    if (existing && existing.owner !== this.author().username) {
      throw new CommandError('not_owner', 'Company templates are edited by an administrator; save a personal copy instead');
    }
    const parsed = SaveTemplateArgs.safeParse({ ...input, templateId: input.templateId ?? randomUUID() });
    if (!parsed.success) throw new CommandError('invalid_template', `The template is not valid: ${z.prettifyError(parsed.error)}`);
    return { ...this.enqueue('save_template', parsed.data, existing?.version ?? null), templateId: parsed.data.templateId };
  }

  deleteTemplate(templateId: string): Omit<Queued, 'caseId'> {
    const existing = this.store.knowledge.template(templateId);
    if (!existing) throw new CommandError('template_not_found', `No template ${templateId} in this profile`);
    if (existing.owner !== this.author().username) {
      throw new CommandError('not_owner', 'Only your own templates can be deleted');
    }
    return this.enqueue('delete_template', { templateId }, existing.version);
  }

  private checkReason(caseNumber: number, reason: string | undefined): void {
    const reasons = this.contactReasons();
    const active = reasons.filter((r) => r.active).map((r) => r.code).join(', ');
    const problem = classificationProblem(reasons, reason);
    if (problem === 'reason_required') {
      throw new CommandError('reason_required', `To resolve case #${caseNumber}, choose its contact reason: ${active}`);
    }
    if (problem === 'unknown_reason') {
      throw new CommandError('unknown_reason', `"${reason ?? ''}" is not an active contact reason; use one of ${active}`);
    }
  }

  /**
   * Blocks the case's sender (its customer's identity on the case's channel) for the whole
   * organisation, offline; the triage then keeps their messages out of the queue.
   */
  blockSender(caseRef: string, reason: string): Omit<Queued, 'caseId'> & { blockId: string } {
    const found = this.requireOwnCase(caseRef);
    const sender = this.store.blocks.senderOfCase(found.id);
    if (!sender) {
      throw new CommandError('no_sender', `Case #${found.number} has no customer identity on ${found.channel}: there is no sender to block`);
    }
    if (this.store.blocks.isBlocked(sender.channel, sender.handle)) {
      throw new CommandError('already_blocked', `${sender.handle} on ${sender.channel} is already blocked`);
    }
    const parsed = BlockSenderArgs.safeParse({ blockId: randomUUID(), ...sender, reason });
    if (!parsed.success) throw new CommandError('invalid_block', `The block is not valid: ${z.prettifyError(parsed.error)}`);
    const queued = this.enqueue('block_sender', parsed.data, null, () => this.retriageSender(sender));
    return { ...queued, blockId: parsed.data.blockId };
  }

  unblockSender(blockId: string): Omit<Queued, 'caseId'> {
    const block = this.store.blocks.get(blockId);
    if (!block) throw new CommandError('block_not_found', `No block ${blockId} in this profile`);
    return this.enqueue('unblock_sender', { blockId }, null, () => this.retriageSender(block));
  }

  /** A block or its lifting moves the sender's cases in or out of the work queue at once. */
  private retriageSender(sender: { channel: string; handle: string }): void {
    retriageCases(this.store, this.store.blocks.casesOfSender(sender.channel, sender.handle));
  }

  /** Writes a note on a customer, offline; the server stamps it and shares it with the customer. */
  addCustomerNote(customerId: string, text: string): Omit<Queued, 'caseId'> & { noteId: string } {
    if (!this.store.customers.profile(customerId)) throw new CommandError('customer_not_found', `No customer ${customerId} in this profile`);
    const parsed = AddCustomerNoteArgs.safeParse({ noteId: randomUUID(), customerId, text });
    if (!parsed.success) throw new CommandError('invalid_note', `The note is not valid: ${z.prettifyError(parsed.error)}`);
    return { ...this.enqueue('add_customer_note', parsed.data, null), noteId: parsed.data.noteId };
  }

  /**
   * Links the account the case came through to a known customer (the agent validated it is
   * theirs). The server moves the account and its cases; the panel shows it pending until then.
   */
  linkIdentity(caseRef: string, customerId: string): Queued & { linkId: string } {
    const found = this.requireOwnCase(caseRef);
    if (!found.identity_id) throw new CommandError('no_identity', `Case #${found.number} does not say which account the customer wrote from`);
    if (found.customer_id === customerId) throw new CommandError('same_customer', `That account is already this customer's`);
    const linkId = randomUUID();
    return { ...this.enqueue('link_identity', { linkId, caseId: found.id, customerId }, found.version), caseId: found.id, linkId };
  }

  /** Takes an account off the case's customer, with the agent's reason. */
  unlinkIdentity(caseRef: string, identityId: string, reason: string): Queued {
    const found = this.requireOwnCase(caseRef);
    const identities = this.store.customers.profile(found.customer_id)?.identities ?? [];
    if (!identities.some((i) => i.id === identityId)) throw new CommandError('identity_not_found', `That account is not part of case #${found.number}'s customer`);
    if (identities.length < 2) throw new CommandError('only_identity', 'A customer’s only account cannot be unlinked');
    const parsed = UnlinkIdentityArgs.safeParse({ caseId: found.id, identityId, reason });
    if (!parsed.success) throw new CommandError('invalid_unlink', 'Say why the account is not this customer’s (at least 3 characters)');
    return { ...this.enqueue('unlink_identity', parsed.data, found.version), caseId: found.id };
  }

  /** Folds `mergedId` into `survivorId`; one of them must be the case's customer. */
  mergeCustomers(caseRef: string, survivorId: string, mergedId: string): Queued & { mergeId: string } {
    const found = this.requireOwnCase(caseRef);
    if (survivorId === mergedId) throw new CommandError('same_customer', 'A record cannot be merged into itself');
    if (found.customer_id !== survivorId && found.customer_id !== mergedId) {
      throw new CommandError('not_this_customer', `Neither record is case #${found.number}'s customer`);
    }
    const mergeId = randomUUID();
    return { ...this.enqueue('merge_customers', { mergeId, caseId: found.id, survivorId, mergedId }, found.version), caseId: found.id, mergeId };
  }

  /** Undoes a link or a merge into the case's customer. */
  undoMerge(caseRef: string, mergeId: string): Queued {
    const found = this.requireOwnCase(caseRef);
    if (!this.store.customers.merges(found.customer_id).some((m) => m.mergeId === mergeId)) {
      throw new CommandError('merge_not_found', `No link or merge ${mergeId} on case #${found.number}'s customer`);
    }
    return { ...this.enqueue('undo_merge', { caseId: found.id, mergeId }, found.version), caseId: found.id };
  }

  /**
   * Queues a supervisor's new version of a settings document (business hours, auto-replies),
   * based on the version this console holds; nothing changes here until the server takes it.
   * `role` is the signed-in agent's: the server checks it again.
   */
  putSetting(settingId: EditableSetting, value: unknown, role: string): Omit<Queued, 'caseId'> {
    if (role !== 'supervisor') throw new CommandError('not_supervisor', 'Only a supervisor changes business hours and auto-replies');
    const problem = documentProblem(settingId, value);
    if (problem) throw new CommandError('invalid_setting', `The ${settingId} document is not valid: ${problem}`);
    const baseVersion = this.store.reference.settingRow(settingId)?.version ?? null;
    const parsed = PutSettingArgs.safeParse({ settingId, value, baseVersion });
    if (!parsed.success) throw new CommandError('invalid_setting', `The ${settingId} document is not valid: ${z.prettifyError(parsed.error)}`);
    return this.enqueue('put_setting', parsed.data, baseVersion);
  }

  private requireCase(caseRef: string) {
    const found = this.store.cases.find(caseRef);
    if (!found) throw new CommandError('case_not_found', `No case ${caseRef} in this profile`);
    return found;
  }

  /** Another agent's case (a customer's history) is read-only here: refused before anything is queued. */
  private requireOwnCase(caseRef: string) {
    const found = this.requireCase(caseRef);
    if (found.assigned_to !== this.author().username) {
      const holder = found.assigned_to === null ? 'is not assigned to anyone' : `is assigned to ${found.assigned_to}`;
      throw new CommandError('not_assigned', `Case #${found.number} ${holder}: it is read-only here, nothing was queued`);
    }
    return found;
  }

  /**
   * `alongside` runs in the same transaction, once (effects are replayed after pulls; it is not).
   * `when` defaults to this laptop's clock.
   */
  private enqueue<N extends MutationName>(
    name: N,
    args: MutationArgs<N>,
    baseVersion: number | null,
    alongside?: (at: string) => void,
    when: Date = this.now(),
  ): Omit<Queued, 'caseId'> {
    const mutationId = randomUUID();
    const at = when.toISOString();
    const seq = this.store.transaction(() => {
      (EFFECTS[name] as (s: Store, a: MutationArgs<N>, au: ReplyAuthor, at: string) => void)(
        this.store, args, this.author(), at,
      );
      alongside?.(at);
      // A reply answers what waited (the case may leave the filtered view); a state moves its rank.
      if ('caseId' in args) retriageCases(this.store, [args.caseId]);
      return this.store.outbox.append({ id: mutationId, name, args, baseVersion, createdAt: at });
    });
    this.onQueued();
    return { mutationId, seq };
  }
}

function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

const isResolution = (value: string | undefined): value is Resolution => (RESOLUTIONS as readonly (string | undefined)[]).includes(value);
const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

function checkReplyText(channel: Channel, text: string): void {
  if (text.trim().length === 0) throw new CommandError('empty_reply', 'The reply is empty');
  const limit = CHANNEL_INFO[channel].maxLength;
  // Networks count code points, not UTF-16 units: an emoji is one character.
  const length = Array.from(text).length;
  if (length > limit) {
    throw new CommandError('reply_too_long', `The reply has ${length} characters; ${channel} accepts at most ${limit}`);
  }
}
