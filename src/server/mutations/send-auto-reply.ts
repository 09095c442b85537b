// Out-of-hours auto-replies. Each console of the agent holding the case decides on its own, so
// several (or one restarted) may send the same notice: the dedupe key (the case and its closed
// window) lets exactly one through, whichever console is first. The key and the words are
// checked against the rules in force (auto-reply-notice.ts), so only the real notice goes out.
import { SEND_AUTO_REPLY } from '../../protocol/mutations/send-auto-reply.ts';
import { dedupeKeyOf } from '../../shared/autoreply/index.ts';
import type { Channel } from '../../shared/domain.ts';
import type { CaseFacts } from '../store/repositories.ts';
import { noticeRules, possibleNotices } from './auto-reply-notice.ts';
import { ownCase } from './guards.ts';
import { APPLIED, type ServerMutation } from './types.ts';

/** Only from a console of the agent holding the case. It answers nothing, so the case keeps waiting (`waiting_since`) for an agent. */
export const sendAutoReply: ServerMutation<typeof SEND_AUTO_REPLY, CaseFacts> = {
  name: SEND_AUTO_REPLY,
  authorize: ownCase,
  async apply(ctx, { caseId, messageId, text, dedupeKey, inReplyTo }, tx, found) {
    const facts = await tx.messages.noticeFacts(inReplyTo, caseId);
    if (!facts) {
      return { status: 'rejected', reason: 'not_in_case', message: `Message ${inReplyTo} is not a customer message of case #${found.number}` };
    }
    const channel = found.channel as Channel;
    const rules = await noticeRules(tx, channel, new Date(facts.sentAt));
    const { window } = rules;
    if (window === null || dedupeKeyOf(caseId, window) !== dedupeKey) {
      const why = window === null ? 'the customer wrote during business hours' : `its closed window is ${dedupeKeyOf(caseId, window)}`;
      return { status: 'rejected', reason: 'invalid_dedupe_key', message: `"${dedupeKey}" is not case #${found.number}'s closed window: ${why}` };
    }
    const first = await tx.autoReplies.sentBy(dedupeKey);
    if (first) {
      return { status: 'conflict', reason: 'already_auto_replied', message: `Case #${found.number} already got this window's auto-reply (sent by ${first}'s console)` };
    }
    // A notice queued in time but pushed late (the console was offline) would arrive stale.
    const minutes = (ctx.now().getTime() - Date.parse(facts.sentAt)) / 60_000;
    if (minutes > rules.replies.freshnessMinutes) {
      return { status: 'rejected', reason: 'stale_auto_reply', message: `The customer wrote ${Math.round(minutes)} minutes ago: the notice would arrive late` };
    }
    if (!possibleNotices({ ...rules, window }, channel, facts, ctx.now()).has(text)) {
      return { status: 'rejected', reason: 'invalid_notice_text', message: `The text is not the out-of-hours notice the auto_replies settings give case #${found.number}` };
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
