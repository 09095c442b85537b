// The whole conversation, oldest first, scrolled to the newest message when the case opens.
// A long thread paints its newest messages first (more than a tall window shows) and adds the
// earlier ones right after the first frame, so opening a 500-message case shows what matters
// without waiting for all.
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain.ts';
import type { Message } from '../../../shared/models.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { MessageItem } from './MessageItem.tsx';

const FIRST_PAINT = 20;

/**
 * `purged`: retention removed what the customer wrote; the thread says so instead of looking empty.
 * `readOnly`: another agent's case, whose messages' types only its agent changes.
 */
export function MessageThread({ messages, channel, purged = false, readOnly = false }: {
  messages: readonly Message[]; channel: Channel; purged?: boolean; readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const ref = useRef<HTMLElement>(null);
  const count = messages.length;
  const hasMessages = count > 0;
  const caseId = messages[0]?.caseId ?? null;
  const [completeFor, setCompleteFor] = useState<string | null>(null);
  const complete = count <= FIRST_PAINT || completeFor === caseId;
  const shown = complete ? messages : messages.slice(count - FIRST_PAINT);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && shown.length > 0) element.scrollTop = element.scrollHeight;
  }, [count, shown.length]);

  // What is drawn around the thread after it opens (the guidance above it, a line under a message)
  // changes its height: the newest message stays in view unless the agent scrolled away from it.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let atEnd = true;
    const onScroll = () => { atEnd = element.scrollHeight - element.clientHeight - element.scrollTop < 2; };
    const observer = new ResizeObserver(() => { if (atEnd) element.scrollTop = element.scrollHeight; });
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, [caseId, hasMessages]);

  useEffect(() => {
    if (complete) return;
    const frame = requestAnimationFrame(() => startTransition(() => setCompleteFor(caseId)));
    return () => cancelAnimationFrame(frame);
  }, [complete, caseId]);

  return (
    <section ref={ref} className="thread" aria-label={t('caseView.thread')} data-testid="case-thread" tabIndex={0}>
      {purged ? <p className="hint retention-note" data-testid="purged-thread">{t('caseView.purged')}</p> : null}
      {count === 0 ? (
        purged ? null : <p className="hint">{t('caseView.noMessages')}</p>
      ) : (
        <ol className="message-list" aria-label={t('caseView.thread')} aria-busy={!complete}>
          {shown.map((message) => (
            <MessageItem key={message.id} message={message} channel={channel} formatters={formatters} t={t} readOnly={readOnly} />
          ))}
        </ol>
      )}
    </section>
  );
}
