// Whether a customer message gets an out-of-hours auto-reply, and its text. Pure: the engine
// passes the server's clock as `now` and the dedupe keys already used on the case.
//
// Decided on the MESSAGE's time (its server `sentAt`), not on when a console happens to see it:
// a message written at 23:00 and pulled at 09:05 arrived while closed, and is by then stale.
// At most one auto-reply per case per closed window: the key is the case and the window's start,
// which every instant of one window shares, so a burst ("Hola" / "¿están?" / "necesito un
// repuesto") and a whole night's messages get one notice.
//
// The rules, in the order they decide (the first that applies is the reason given):
// not from the customer; a public channel (unless allowed); the channel's auto-replies off;
// a reaction, story mention or campaign reply (unless allowed); a blocked sender; noise;
// type E (hostile, no content); arrived while open; stale by now; open again by now; an agent
// replied within agentQuietMinutes before it or since; already answered in this window; no text.
import { isPublicChannel } from '../channels.ts';
import type { Channel, Language, MessageType } from '../domain.ts';
import { closedWindowAt, formatOpening, isTimeZone, scheduleFor, type BusinessHours, type ClosedWindow } from '../hours/index.ts';
import { firstName } from '../templates.ts';
import type { AutoReplies, ChannelAutoReply, SpecialKind } from './settings.ts';
import { renderAutoReply } from './text.ts';

/** The message's shape on its network; not MessageKind, which says who wrote it. */
export type InboundKind = 'message' | SpecialKind;

export interface AutoReplyInput {
  caseId: string;
  channel: Channel;
  /** The server's clock. */
  now: Date;
  message: {
    id: string;
    /** When the server received it. */
    sentAt: Date;
    fromCustomer: boolean;
    /** It answered the case's satisfaction survey: nothing waits for an agent. */
    csatAnswer?: boolean;
    kind?: InboundKind;
    noise: boolean;
    /** The protocol type from triage (A–E), when known. */
    messageType: MessageType | null;
  };
  customer: { name: string; language: Language; timeZone?: string | null };
  senderBlocked: boolean;
  lastAgentReplyAt: Date | null;
  /** Dedupe keys of the auto-replies already sent on this case. */
  answeredWindows: ReadonlySet<string>;
}

export const SKIP_REASONS = {
  open: 'the message arrived during business hours, or they have begun since',
  disabled: 'auto-replies are off for this channel',
  public_channel: 'never on a public channel unless the channel allows it',
  not_customer: 'written by the company, not the customer',
  csat_answer: 'an answer to the satisfaction survey',
  reaction: 'a reaction, not a message',
  story_mention: 'a story mention, not a message',
  campaign: 'a reply to a campaign',
  noise: 'filtered as noise',
  hostile_no_content: 'hostile without content (type E): never answered',
  blocked: 'the sender is blocked',
  agent_replied: 'an agent replied on the case moments ago',
  stale: 'too old when seen: an auto-reply now would be late',
  already_sent: 'this case already got an auto-reply in this closed window',
  no_text: 'no text in the customer\'s language nor in the fallback language',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export type AutoReplyDecision =
  | { send: true; dedupeKey: string; text: string; language: Language; window: ClosedWindow }
  | { send: false; reason: SkipReason; window?: ClosedWindow };

const MINUTE = 60_000;

/** "as soon as possible": for a window with no opening in sight. */
const SOON: Record<Language, string> = { es: 'lo antes posible', en: 'as soon as possible', pt: 'o quanto antes' };

export const dedupeKeyOf = (caseId: string, window: ClosedWindow): string => `autoreply:${caseId}:${window.start.toISOString()}`;

export function decideAutoReply(input: AutoReplyInput, hours: BusinessHours, replies: AutoReplies): AutoReplyDecision {
  const { message, channel } = input;
  const skip = (reason: SkipReason, window?: ClosedWindow): AutoReplyDecision => ({ send: false, reason, ...(window ? { window } : {}) });
  const settings = replies.channels[channel];

  if (!message.fromCustomer) return skip('not_customer');
  if (message.csatAnswer === true) return skip('csat_answer');
  if (isPublicChannel(channel) && !settings?.allowPublic) return skip('public_channel');
  if (!settings?.enabled) return skip('disabled');
  const kind = message.kind ?? 'message';
  if (kind !== 'message' && !settings.allowKinds.includes(kind)) return skip(kind);
  if (input.senderBlocked) return skip('blocked');
  if (message.noise) return skip('noise');
  if (message.messageType === 'hostile_no_content') return skip('hostile_no_content');

  const schedule = scheduleFor(hours, channel);
  const window = closedWindowAt(schedule, message.sentAt);
  if (!window) return skip('open');
  const sentAt = message.sentAt.getTime();
  const now = input.now.getTime();
  if (now - sentAt > replies.freshnessMinutes * MINUTE) return skip('stale', window);
  // Closed when it arrived but open by now: agents are back and answer it themselves.
  if (window.end && window.end.getTime() <= now) return skip('open', window);
  // An agent in the conversation (just before the message, or since) answers it better.
  if (input.lastAgentReplyAt && input.lastAgentReplyAt.getTime() > sentAt - replies.agentQuietMinutes * MINUTE) {
    return skip('agent_replied', window);
  }
  const dedupeKey = dedupeKeyOf(input.caseId, window);
  if (input.answeredWindows.has(dedupeKey)) return skip('already_sent', window);

  const language = noticeLanguage(settings, input.customer.language, replies);
  const zone = input.customer.timeZone && isTimeZone(input.customer.timeZone) ? input.customer.timeZone : schedule.timeZone;
  const text = noticeText(settings, language, { name: input.customer.name, window, now: input.now, zone });
  if (text === null) return skip('no_text', window);
  return { send: true, dedupeKey, text, language, window };
}

/** The customer's language when the channel has a text in it, else the fallback language. */
export const noticeLanguage = (settings: ChannelAutoReply, customerLanguage: Language, replies: AutoReplies): Language =>
  settings.texts[customerLanguage] ? customerLanguage : replies.fallbackLanguage;

/**
 * The notice's words: the channel's text in `language` and its emergency line, with the
 * customer's name and the window's next opening as read at `now` in `zone`; null without a text.
 * The server renders the same words to check a pushed notice.
 */
export function noticeText(
  settings: ChannelAutoReply, language: Language, { name, window, now, zone }: { name: string; window: ClosedWindow; now: Date; zone: string },
): string | null {
  const body = settings.texts[language];
  if (!body) return null;
  const opening = window.end ? formatOpening(window.end, now, zone, language) : SOON[language];
  const values = { firstName: firstName(name), fullName: name, opening };
  const emergency = settings.emergency?.[language];
  return renderAutoReply(body, values) + (emergency ? `\n\n${renderAutoReply(emergency, values)}` : '');
}
