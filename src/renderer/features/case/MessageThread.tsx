// The whole conversation, oldest first, scrolled to the newest message when the case opens.
// A long thread paints its newest messages first (more than a tall window shows) and adds the
// earlier ones right after the first frame, so opening a 500-message case shows what matters
// without waiting for all. When the case's answer holds only the newest (`earlier` > 0), the
// earlier ones are read then, and again whenever the answer is read again (useWholeThread.ts).
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain.ts';
import type { Message } from '../../../shared/models.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { MessageItem } from './MessageItem.tsx';
import { joinThread } from './joinThread.ts';
import { useWholeThread } from './useWholeThread.ts';

const FIRST_PAINT = 20;

/**
 * `purged`: retention removed what the customer wrote; the thread says so instead of looking empty.
 * `readOnly`: another agent's case, whose messages' types only its agent changes.
 * `earlier`: how many messages before `messages` the case has (read here after the first frame).
 */
export function MessageThread({ messages: newest, channel, purged = false, readOnly = false, earlier = 0 }: {
  messages: readonly Message[]; channel: Channel; purged?: boolean; readOnly?: boolean; earlier?: number;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const ref = useRef<HTMLElement>(null);
  const caseId = newest[0]?.caseId ?? null;
  const partial = earlier > 0 && caseId !== null;
  const whole = useWholeThread(partial ? caseId : null, newest);
  const read = whole.messages;
  // The earlier messages could not be read: say how many are missing rather than look whole.
  const missing = partial && read === null && whole.failed;
  const messages = useMemo(() => (partial ? joinThread(read, newest) : newest), [partial, read, newest]);
  const count = messages.length;
  const hasMessages = count > 0;
  const [completeFor, setCompleteFor] = useState<string | null>(null);
  const complete = partial ? read !== null || whole.failed : count <= FIRST_PAINT || completeFor === caseId;
  const shown = complete ? messages : messages.slice(Math.max(0, count - FIRST_PAINT));

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && shown.length > 0) element.scrollTop = element.scrollHeight;
  }, [count, shown.length]);

  // What is drawn around the thread after it opens (the guidance above it, a line under a message)
  // changes its height: the newest message stays in view unless the agent scrolled away from it.
  // Only a move up lets go of the end. A scroll event can arrive after the thread has already
  // shrunk under it, short of the end without anyone scrolling; reading that as the agent's
  // choice left the newest message cut off.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let atEnd = true;
    let lastTop = element.scrollTop;
    const onScroll = () => {
      const top = element.scrollTop;
      if (element.scrollHeight - element.clientHeight - top < 2) atEnd = true;
      else if (top < lastTop) atEnd = false;
      lastTop = top;
    };
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
    if (complete || partial) return;
    const frame = requestAnimationFrame(() => startTransition(() => setCompleteFor(caseId)));
    return () => cancelAnimationFrame(frame);
  }, [complete, partial, caseId]);

  return (
    <section ref={ref} className="thread" aria-label={t('caseView.thread')} data-testid="case-thread" tabIndex={0}>
      {purged ? <p className="hint retention-note" data-testid="purged-thread">{t('caseView.purged')}</p> : null}
      {missing ? (
        <p className="hint" role="status" data-testid="earlier-missing">
          {t('earlierMessages.missing', { count: earlier })}{' '}
          <button type="button" className="button link" onClick={whole.retry}>{t('earlierMessages.retry')}</button>
        </p>
      ) : null}
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
