// Out-of-hours auto-replies. Each console's engine decides on its own, so several consoles
// holding a case (or one restarted) may send the same notice: the dedupe key (the case and its
// closed window) lets exactly one through, whichever console is first.
import { SEND_AUTO_REPLY } from '../../protocol/mutations/send-auto-reply.ts';
import { AUTO_REPLIES_SETTING, autoRepliesFrom } from '../../shared/autoreply/index.ts';
import { anyAgent, APPLIED, type ServerMutation } from './types.ts';

/**
 * Not tied to the assignee: any console holding the case may send it, and the key makes it
 * once. It answers nothing, so the case keeps waiting (`waiting_since`) for an agent.
 */
export const sendAutoReply: ServerMutation<typeof SEND_AUTO_REPLY, undefined> = {
  name: SEND_AUTO_REPLY,
  authorize: anyAgent,
  async apply(ctx, { caseId, messageId, text, dedupeKey, inReplyTo }, tx) {
    const found = await tx.cases.facts(caseId);
    if (!found) return { status: 'conflict', reason: 'case_not_found', message: 'The case no longer exists' };
    const first = await tx.autoReplies.sentBy(dedupeKey);
    if (first) {
      return { status: 'conflict', reason: 'already_auto_replied', message: `Case #${found.number} already got this window's auto-reply (sent by ${first}'s console)` };
    }
    const answered = await tx.messages.customerSentAt(inReplyTo, caseId);
    if (!answered) {
      return { status: 'rejected', reason: 'not_in_case', message: `Message ${inReplyTo} is not a customer message of case #${found.number}` };
    }
    // A notice queued in time but pushed late (the console was offline) would arrive stale.
    const { freshnessMinutes } = autoRepliesFrom(await tx.settings.value(AUTO_REPLIES_SETTING)).replies;
    const minutes = (ctx.now().getTime() - Date.parse(answered)) / 60_000;
    if (minutes > freshnessMinutes) {
      return { status: 'rejected', reason: 'stale_auto_reply', message: `The customer wrote ${Math.round(minutes)} minutes ago: the notice would arrive late` };
    }
    if (await tx.messages.exists(messageId)) return { status: 'rejected', reason: 'duplicate_message', message: 'A message with this id already exists' };
    const now = ctx.now().toISOString();
    const { username, clientId, mutationId } = ctx;
    await tx.messages.addAutoReply({ id: messageId, caseId, author: (await tx.organisation.companyName()) ?? 'Auto-reply', text, sentAt: now, dedupeKey });
    await tx.autoReplies.record({ dedupeKey, caseId, messageId, clientId, username, at: now });
    await tx.outbound.record({ caseId, channel: found.channel, identityId: found.identityId, text, kind: 'auto_reply', username, clientId, mutationId, sentAt: now });
    await tx.feed.publishMessage(messageId);
    return APPLIED;
  },
};
