// The whole conversation, oldest first, scrolled to the newest message when the case opens.
// A long thread paints its newest messages first (more than a tall window shows) and adds the
// earlier ones right after the first frame, so opening a 500-message case shows what matters
// without waiting for all. When the case's answer holds only the newest (`earlier` > 0), the
// earlier ones are read then, and again whenever the answer is read again.
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain.ts';
import type { Message } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { MessageItem } from './MessageItem.tsx';
import { joinThread } from './joinThread.ts';

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
  const [whole, setWhole] = useState<{ caseId: string; messages: readonly Message[] } | null>(null);
  const read = whole !== null && whole.caseId === caseId ? whole.messages : null;
  const messages = useMemo(() => (partial ? joinThread(read, newest) : newest), [partial, read, newest]);
  const count = messages.length;
  const hasMessages = count > 0;
  const [completeFor, setCompleteFor] = useState<string | null>(null);
  const complete = partial ? read !== null : count <= FIRST_PAINT || completeFor === caseId;
  const shown = complete ? messages : messages.slice(Math.max(0, count - FIRST_PAINT));

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
    if (complete || partial) return;
    const frame = requestAnimationFrame(() => startTransition(() => setCompleteFor(caseId)));
    return () => cancelAnimationFrame(frame);
  }, [complete, partial, caseId]);

  // Each answer of a long case (read again when the case changes) brings its thread read again,
  // after the frame that shows the answer. A failed read leaves the newest messages shown.
  useEffect(() => {
    if (!partial) return;
    let live = true;
    const frame = requestAnimationFrame(() => {
      api.getCaseThread({ caseId }).then(
        (messages) => { if (live) startTransition(() => setWhole({ caseId, messages })); },
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [partial, caseId, newest]);

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
