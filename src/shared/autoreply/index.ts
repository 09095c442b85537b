// Out-of-hours auto-replies: the pure rules of whether a customer message gets one and what it
// says. The engine in main runs them on each applied pull and queues the reply in the outbox.
export {
  decideAutoReply, dedupeKeyOf, noticeLanguage, noticeText, SKIP_REASONS, type AutoReplyDecision, type AutoReplyInput, type InboundKind, type SkipReason,
} from './decide.ts';
export {
  AUTO_REPLIES_SETTING, AutoReplies, autoRepliesFrom, ChannelAutoReply, DEFAULT_AUTO_REPLIES, SPECIAL_KINDS, type SpecialKind,
} from './settings.ts';
export { AUTO_REPLY_PLACEHOLDERS, renderAutoReply, unknownPlaceholders, type AutoReplyValues } from './text.ts';
