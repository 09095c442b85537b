// One message of the thread. Customer text is React text (never HTML); an e-mail body that is
// HTML goes through EmailHtml, the one sanitising component. Replies show their delivery state;
// customer messages their type and whether the noise filter holds them. An out-of-hours
// auto-reply is marked as one, so nobody takes it for an agent's answer; so is the satisfaction
// survey the server sent at resolution, and the customer's reply that answered it. A customer's
// comment on a channel that has likes (Facebook, Instagram, X) can get the company's like.
// The thread hands each message its `t`, as it does its formatters: one hook on the language for
// the whole thread, not five per message of a 500-message case.
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { Channel } from '../../../shared/domain.ts';
import type { Message } from '../../../shared/models.ts';
import type { Formatters } from '../../lib/useFormatters.ts';
import { Icon } from '../../ui/Icon.tsx';
import { MessageTriageLine } from '../triage/index.ts';
import { takesLikes } from '../../../shared/channels.ts';
import { DeliveryState } from './DeliveryState.tsx';
import { MessageLikeButton } from './MessageLikeButton.tsx';
import { EmailHtml } from './EmailHtml.tsx';
import { looksLikeHtml } from './looksLikeHtml.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

interface MessageItemProps {
  message: Message;
  channel: Channel;
  formatters: Formatters;
  t: TFunction;
  readOnly: boolean;
}

export const MessageItem = memo(function MessageItem({ message, channel, formatters, t, readOnly }: MessageItemProps) {
  const outgoing = message.kind !== 'customer';
  const html = channel === 'email' && message.kind === 'customer' && looksLikeHtml(message.text);
  return (
    <li className={`message message-${message.kind}`} data-testid="message" data-kind={message.kind} data-csat-answer={message.csatAnswer}
      data-message-id={message.id} data-filtered={message.triage?.filtered === true}>
      <div className="message-head">
        <CustomerText className="author" text={message.author} />
        {message.kind === 'auto_reply' ? (
          <span className="kind auto-reply-badge" data-testid="auto-reply-badge" title={t('message.autoReplyNote')}>
            <Icon name="bolt" />
            {t('message.auto_reply')}
          </span>
        ) : message.kind === 'survey' ? (
          <span className="kind survey-badge" data-testid="survey-badge" title={t('message.surveyNote')}>{t('message.survey')}</span>
        ) : <span className="kind">{t(`message.${message.kind}`)}</span>}
        {message.csatAnswer ? <span className="csat-answer-badge" data-testid="csat-answer-badge">{t('message.csatAnswer')}</span> : null}
        <time dateTime={message.sentAt}>{formatters.when(message.sentAt)}</time>
        {outgoing ? <DeliveryState state={message.state} t={t} /> : null}
      </div>
      {html ? <EmailHtml html={message.text} /> : <CustomerText as="p" className="message-text" text={message.text} />}
      {message.kind === 'auto_reply' ? <p className="auto-reply-note">{t('message.autoReplyNote')}</p> : null}
      {message.kind === 'survey' ? <p className="auto-reply-note">{t('message.surveyNote')}</p> : null}
      {message.triage ? <MessageTriageLine messageId={message.id} triage={message.triage} t={t} readOnly={readOnly} /> : null}
      {message.kind === 'customer' && takesLikes(channel) ? <MessageLikeButton message={message} when={formatters.when(message.sentAt)} t={t} readOnly={readOnly} /> : null}
    </li>
  );
});
