// The whole conversation, oldest first, scrolled to the newest message when the case opens.
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain.ts';
import type { Message } from '../../../shared/models.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { MessageItem } from './MessageItem.tsx';

export function MessageThread({ messages, channel }: { messages: readonly Message[]; channel: Channel }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const ref = useRef<HTMLElement>(null);
  const count = messages.length;

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && count > 0) element.scrollTop = element.scrollHeight;
  }, [count]);

  return (
    <section ref={ref} className="thread" aria-label={t('caseView.thread')} data-testid="case-thread" tabIndex={0}>
      {count === 0 ? (
        <p className="hint">{t('caseView.noMessages')}</p>
      ) : (
        <ol className="message-list" aria-label={t('caseView.thread')}>
          {messages.map((message) => (
            <MessageItem key={message.id} message={message} channel={channel} formatters={formatters} />
          ))}
        </ol>
      )}
    </section>
  );
}
