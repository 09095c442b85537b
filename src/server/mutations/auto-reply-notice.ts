// What a pushed out-of-hours notice must be: the one the rules every console runs would send.
// Its dedupe key is the case's closed window at the customer message's time, by the
// `business_hours` in force, and its words are the `auto_replies` notice in force for the case's
// channel and language, rendered by the same shared function the console uses. So no console
// can send a customer words of its own, nor a second notice for one closed stretch.
import { isPublicChannel } from '../../shared/channels.ts';
import type { Channel, Language } from '../../shared/domain.ts';
import { AUTO_REPLIES_SETTING, autoRepliesFrom, noticeLanguage, noticeText, type AutoReplies } from '../../shared/autoreply/index.ts';
import { BUSINESS_HOURS_SETTING, businessHoursFrom, closedWindowAt, scheduleFor, type ClosedWindow } from '../../shared/hours/index.ts';
import type { NoticeFacts } from '../store/repositories.ts';
import type { Tx } from '../store/store.ts';

const HOUR = 3_600_000;

export interface NoticeRules {
  replies: AutoReplies;
  /** The closed stretch the customer message arrived in; null when it arrived while open. */
  window: ClosedWindow | null;
  zone: string;
}

export async function noticeRules(tx: Tx, channel: Channel, sentAt: Date): Promise<NoticeRules> {
  const { hours } = businessHoursFrom(await tx.settings.value(BUSINESS_HOURS_SETTING));
  const { replies } = autoRepliesFrom(await tx.settings.value(AUTO_REPLIES_SETTING));
  const schedule = scheduleFor(hours, channel);
  return { replies, window: closedWindowAt(schedule, sentAt), zone: schedule.timeZone };
}

/**
 * Every text a console could have decided on for this message. The console renders the next
 * opening relative to the server's clock when it decided ("hoy", "mañana"), some instant between
 * the message and now: only the local day of that instant changes the words, so the message's
 * time, now and each hour between cover every day a decision could have been made on. The
 * name is the customer record's, or the message's author when the console had no record.
 */
export function possibleNotices(rules: NoticeRules & { window: ClosedWindow }, channel: Channel, facts: NoticeFacts, now: Date): Set<string> {
  const settings = rules.replies.channels[channel];
  const texts = new Set<string>();
  if (!settings?.enabled || (isPublicChannel(channel) && !settings.allowPublic)) return texts;
  const language = noticeLanguage(settings, facts.language as Language, rules.replies);
  const from = Date.parse(facts.sentAt);
  const instants = [from, now.getTime()];
  for (let t = from + HOUR; t < now.getTime(); t += HOUR) instants.push(t);
  for (const name of new Set([facts.customerName ?? facts.author, facts.author])) {
    for (const t of instants) {
      const text = noticeText(settings, language, { name, window: rules.window, now: new Date(t), zone: rules.zone });
      if (text !== null) texts.add(text);
    }
  }
  return texts;
}
