// What the agent (or the out-of-hours engine) says on a case: replies, auto-replies and the
// invitation that moves a public case to a private channel.
import { randomUUID } from 'node:crypto';
import type { MutationArgs } from '../../protocol/mutations/index.ts';
import { CHANNEL_INFO } from '../../shared/channels.ts';
import { isChannel, type Channel } from '../../shared/domain.ts';
import type { ReplySource } from '../../shared/models.ts';
import { MOVE_TO_PRIVATE_SETTING, moveToPrivatePlan } from '../../shared/move-to-private.ts';
import type { CommandContext, Queued } from './context.ts';
import { CommandError } from './errors.ts';

/** The templates and articles a reply was made from, each at the version inserted. */
export interface ReplySources {
  templates?: ReplySource[];
  articles?: ReplySource[];
}

/**
 * Queues a reply on the case; `caseRef` is the case id or its number. `sources` names the
 * templates and articles it was made from (recorded with the reply and counted: the "/"
 * ranking and the metrics read the counts).
 */
export function sendReply(ctx: CommandContext, caseRef: string, text: string, sources: ReplySources = {}): Queued & { messageId: string } {
  const found = ctx.requireOwnCase(caseRef);
  checkReplyText(found.channel, text);
  const messageId = randomUUID();
  const { templates = [], articles = [] } = sources;
  const args = { caseId: found.id, messageId, text, ...(templates.length ? { templates } : {}), ...(articles.length ? { articles } : {}) };
  const queued = ctx.enqueue('send_reply', args, found.version, (at) => {
    ctx.store.knowledge.recordUse(templates.map((t) => t.id), at);
    ctx.store.knowledge.recordArticleUse(articles.map((a) => a.id), at);
  });
  return { ...queued, caseId: found.id, messageId };
}

/**
 * Queues the out-of-hours engine's notice on one of the agent's cases. `at` is the server's
 * clock at the pull that decided it, so the notice is timed among the thread's server times
 * whatever this laptop's clock says.
 */
export function sendAutoReply(
  ctx: CommandContext,
  caseRef: string,
  notice: Omit<MutationArgs<'send_auto_reply'>, 'caseId' | 'messageId'>,
  at: Date,
): Queued & { messageId: string } {
  const found = ctx.requireOwnCase(caseRef);
  checkReplyText(found.channel, notice.text);
  const messageId = randomUUID();
  const queued = ctx.enqueue('send_auto_reply', { caseId: found.id, messageId, ...notice }, found.version, undefined, at);
  return { ...queued, caseId: found.id, messageId };
}

/**
 * Invites the customer of a public case to continue on a private `channel`: `text` goes out as
 * a public reply and the case records where it moved.
 */
export function moveToPrivate(
  ctx: CommandContext,
  caseRef: string,
  text: string,
  channel: string,
  sources: Pick<ReplySources, 'templates'> = {},
): Queued & { messageId: string } {
  const found = ctx.requireOwnCase(caseRef);
  const plan = moveToPrivatePlan(ctx.store.reference.setting(MOVE_TO_PRIVATE_SETTING), found.channel);
  if (!plan) throw new CommandError('not_public', `Case #${found.number} is on a private channel already`);
  if (!isChannel(channel) || !plan.targets.includes(channel)) {
    throw new CommandError('invalid_target', `Case #${found.number} can move to ${plan.targets.join(' or ')}, not "${channel}"`);
  }
  checkReplyText(found.channel, text);
  const messageId = randomUUID();
  const { templates = [] } = sources;
  const args = { caseId: found.id, messageId, text, channel, ...(templates.length ? { templates } : {}) };
  const queued = ctx.enqueue('move_to_private', args, found.version, (at) => {
    ctx.store.knowledge.recordUse(templates.map((t) => t.id), at);
  });
  return { ...queued, caseId: found.id, messageId };
}

function checkReplyText(channel: Channel, text: string): void {
  if (text.trim().length === 0) throw new CommandError('empty_reply', 'The reply is empty');
  const limit = CHANNEL_INFO[channel].maxLength;
  // Networks count code points, not UTF-16 units: an emoji is one character.
  const length = Array.from(text).length;
  if (length > limit) {
    throw new CommandError('reply_too_long', `The reply has ${length} characters; ${channel} accepts at most ${limit}`);
  }
}
