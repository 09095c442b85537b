// The whole conversation, oldest first, scrolled to the newest message when the case opens, and
// following new messages unless the agent scrolled up to read (then a button below says how many
// came, and takes them to the end).
// A long thread paints its newest messages first (more than a tall window shows) and adds up to
// DRAWN_STEP more right after the first frame, so opening a 500-message case shows what matters
// without waiting for all. Earlier ones are drawn a step at a time as the agent scrolls up to
// them (or asks with the button above the thread), as chat apps do: a case with hundreds of
// messages is not laid out, and taken down on the next switch, whole. When the case's answer
// holds only the newest (`earlier` > 0), the earlier ones are read after the first frame, and
// again whenever the answer is read again (useWholeThread.ts).
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain.ts';
import type { Message } from '../../../shared/models.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { MessageItem } from './MessageItem.tsx';
import { joinThread } from './joinThread.ts';
import { useWholeThread } from './useWholeThread.ts';

const FIRST_PAINT = 20;
/** Messages drawn after the first frame, and added each time the agent reaches the top. */
const DRAWN_STEP = 100;

/**
 * `purged`: retention removed what the customer wrote; the thread says so instead of looking empty.
 * `readOnly`: another agent's case, whose messages' types only its agent changes.
 * `earlier`: how many messages before `messages` the case has (read here after the first frame).
 * `drawAll`: a thread that does not scroll by itself (the QA review's, in its page) draws every
 * message after the first frame, since there is no top of its own to scroll up to.
 */
export function MessageThread({ messages: newest, channel, purged = false, readOnly = false, earlier = 0, drawAll = false }: {
  messages: readonly Message[]; channel: Channel; purged?: boolean; readOnly?: boolean; earlier?: number; drawAll?: boolean;
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
  // How many of the newest messages are drawn, for which case.
  const [drawn, setDrawn] = useState<{ caseId: string | null; count: number }>({ caseId, count: FIRST_PAINT });
  const limit = drawn.caseId === caseId ? drawn.count : FIRST_PAINT;
  const shown = count > limit ? messages.slice(count - limit) : messages;
  const hidden = count - shown.length;
  const settling = (partial && read === null && !whole.failed) || (limit === FIRST_PAINT && count > FIRST_PAINT);
  const earlierButton = useRef<HTMLButtonElement>(null);
  const hiddenNow = useRef(hidden);
  useLayoutEffect(() => { hiddenNow.current = hidden; }, [hidden]);
  /** The first message drawn and its place in the view, taken as more are asked for. */
  const anchor = useRef<{ id: string; offset: number } | null>(null);
  const drawMore = useCallback(() => {
    const thread = ref.current;
    const first = thread?.querySelector<HTMLElement>('.message-list > [data-message-id]');
    if (thread && first) anchor.current = { id: first.dataset.messageId ?? '', offset: first.getBoundingClientRect().top - thread.getBoundingClientRect().top };
    // The button goes when this step draws the rest: the focus moves to the thread, not lost.
    if (document.activeElement === earlierButton.current && hiddenNow.current <= DRAWN_STEP) thread?.focus({ preventScroll: true });
    const step = drawAll ? Infinity : DRAWN_STEP;
    startTransition(() => setDrawn((last) => ({ caseId, count: (last.caseId === caseId ? last.count : FIRST_PAINT) + step })));
  }, [caseId, drawAll]);

  // Messages drawn above keep the one being read where it was: the message that was first stays
  // at the same place in the view (the browser's own scroll anchoring does not act at the top).
  // Declared before the scroll to the end, so that a case's opening ends at its end.
  useLayoutEffect(() => {
    const thread = ref.current;
    const wanted = anchor.current;
    anchor.current = null;
    if (!thread || !wanted) return;
    const first = thread.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(wanted.id)}"]`);
    if (first) thread.scrollTop += first.getBoundingClientRect().top - thread.getBoundingClientRect().top - wanted.offset;
  }, [limit]);

  // Whether the agent is at the newest message, or scrolled up to read (kept by the scroll below).
  const atEnd = useRef(true);
  /** The case and newest message the view last scrolled for, and the newest ones come since the agent scrolled up. */
  const followed = useRef<{ caseId: string | null; newestId: string | undefined }>({ caseId: null, newestId: undefined });
  const [unseen, setUnseen] = useState<{ caseId: string | null; count: number }>({ caseId, count: 0 });
  const unseenHere = unseen.caseId === caseId ? unseen.count : 0;
  const last = messages[count - 1];
  const newestId = last?.id;
  // A reply (the agent's own, sent from wherever they were reading): they want to see it go. It
  // may be sent already by the time the thread is read again, so its state does not tell.
  const newestOwn = last?.kind === 'reply';
  const toEnd = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    atEnd.current = true;
    setUnseen((was) => (was.caseId === caseId && was.count === 0 ? was : { caseId, count: 0 }));
  }, [caseId]);

  // To the end when the case opens, and when a message comes while the agent is at the end. An
  // agent reading further up stays where they read: the customer's new message is announced below.
  useLayoutEffect(() => {
    if (count === 0) return;
    const before = followed.current;
    followed.current = { caseId, newestId };
    if (before.caseId !== caseId || atEnd.current || newestOwn) toEnd();
    else if (newestId !== before.newestId) setUnseen((was) => ({ caseId, count: (was.caseId === caseId ? was.count : 0) + 1 }));
  }, [caseId, count, newestId, newestOwn, toEnd]);

  // What is drawn around the thread after it opens (the guidance above it, a line under a message)
  // changes its height: the newest message stays in view unless the agent scrolled away from it.
  // Only a move up lets go of the end. A scroll event can arrive after the thread has already
  // shrunk under it, short of the end without anyone scrolling; reading that as the agent's
  // choice left the newest message cut off.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    atEnd.current = true;
    let lastTop = element.scrollTop;
    const onScroll = () => {
      const top = element.scrollTop;
      if (element.scrollHeight - element.clientHeight - top < 2) {
        atEnd.current = true;
        setUnseen((was) => (was.count === 0 ? was : { caseId: was.caseId, count: 0 }));
      } else if (top < lastTop) atEnd.current = false;
      lastTop = top;
    };
    const observer = new ResizeObserver(() => { if (atEnd.current) element.scrollTop = element.scrollHeight; });
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, [caseId, hasMessages]);

  useEffect(() => {
    if (limit !== FIRST_PAINT || count <= FIRST_PAINT) return;
    const frame = requestAnimationFrame(drawMore);
    return () => cancelAnimationFrame(frame);
  }, [limit, count, drawMore]);

  // Scrolling up to the button (a screen above it, so the agent rarely waits) draws the next step.
  useEffect(() => {
    const button = earlierButton.current;
    if (!button || settling || drawAll) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) drawMore();
    }, { root: ref.current, rootMargin: '100% 0px 0px 0px' });
    observer.observe(button);
    return () => observer.disconnect();
  }, [hidden, settling, drawAll, drawMore]);

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
        <>
          {hidden > 0 && !settling ? (
            <button ref={earlierButton} type="button" className="button link earlier-messages" data-testid="earlier-messages" onClick={drawMore}>
              {t('earlierMessages.show', { count: hidden })}
            </button>
          ) : null}
          <ol className="message-list" aria-label={t('caseView.thread')} aria-busy={settling}>
            {shown.map((message) => (
              <MessageItem key={message.id} message={message} channel={channel} formatters={formatters} t={t} readOnly={readOnly} />
            ))}
          </ol>
          {unseenHere > 0 ? (
            <button type="button" className="button new-messages" data-testid="new-messages" onClick={toEnd}>
              {t('newMessages.show', { count: unseenHere })}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
