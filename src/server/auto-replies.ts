// The server side of out-of-hours auto-replies. Each console's engine decides on its own, so
// several consoles holding a case (or one restarted) may send the same notice: the dedupe key
// (the case and its closed window) lets exactly one through, whichever console is first.
import { AUTO_REPLIES_SETTING, autoRepliesFrom } from '../shared/autoreply/index.ts';
import type { MutationArgs } from '../protocol/mutations/index.ts';
import type { MutationResult } from '../protocol/sync.ts';
import { recordDelivery, type Sender } from './outbound.ts';
import { prepared } from './prepared.ts';
import { meta, nextVersion } from './schema.ts';
import { COMPANY_META } from './seed.ts';
import { SandboxPart } from './sandbox-part.ts';

type Outcome = Pick<MutationResult, 'status' | 'reason' | 'message'>;

export class AutoReplies extends SandboxPart {
  /**
   * Not tied to the assignee: any console holding the case may send it, and the key makes it
   * once. It answers nothing, so the case keeps waiting (`waiting_since`) for an agent.
   */
  send(args: MutationArgs<'send_auto_reply'>, sender: Sender): Outcome {
    const { caseId, messageId, text, dedupeKey, inReplyTo } = args;
    const found = prepared<[string], { number: number; channel: string; identity_id: string | null }>(this.db,
      'SELECT number, channel, identity_id FROM cases WHERE id = ?').get(caseId);
    if (!found) return { status: 'conflict', reason: 'case_not_found', message: 'The case no longer exists' };
    const first = prepared<[string], { username: string }>(this.db, 'SELECT username FROM auto_replies WHERE dedupe_key = ?').get(dedupeKey);
    if (first) {
      return { status: 'conflict', reason: 'already_auto_replied', message: `Case #${found.number} already got this window's auto-reply (sent by ${first.username}'s console)` };
    }
    const answered = prepared<[string, string], { sent_at: string }>(this.db,
      "SELECT sent_at FROM messages WHERE id = ? AND case_id = ? AND kind = 'customer'").get(inReplyTo, caseId);
    if (!answered) {
      return { status: 'rejected', reason: 'not_in_case', message: `Message ${inReplyTo} is not a customer message of case #${found.number}` };
    }
    // A notice queued in time but pushed late (the console was offline) would arrive stale.
    const { freshnessMinutes } = autoRepliesFrom(this.setting(AUTO_REPLIES_SETTING)).replies;
    const minutes = (this.clock.now().getTime() - Date.parse(answered.sent_at)) / 60_000;
    if (minutes > freshnessMinutes) {
      return { status: 'rejected', reason: 'stale_auto_reply', message: `The customer wrote ${Math.round(minutes)} minutes ago: the notice would arrive late` };
    }
    if (prepared(this.db, 'SELECT 1 FROM messages WHERE id = ?').get(messageId)) {
      return { status: 'rejected', reason: 'duplicate_message', message: 'A message with this id already exists' };
    }
    const now = this.clock.now().toISOString();
    prepared(this.db, `INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version, auto_reply_key)
      VALUES (?, ?, 'auto_reply', ?, ?, ?, 'sent', ?, ?)`)
      .run(messageId, caseId, meta(this.db, COMPANY_META) ?? 'Auto-reply', text, now, nextVersion(this.db), dedupeKey);
    prepared(this.db, 'INSERT INTO auto_replies VALUES (?, ?, ?, ?, ?, ?)').run(dedupeKey, caseId, messageId, sender.clientId, sender.username, now);
    recordDelivery(this.db, { caseId, channel: found.channel, identityId: found.identity_id, text, kind: 'auto_reply', ...sender, sentAt: now });
    this.feed.publishMessage(messageId);
    return { status: 'applied' };
  }
}
