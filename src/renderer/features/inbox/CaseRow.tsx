// One inbox row (a listbox option) in three short lines, so a laptop screen shows eight or more:
// unread marker, number, customer, unsent-draft marker and SLA clock; subject and last update;
// channel (icon and a name never cut) with its visibility, state, and the priority with why.
import { memo, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/models.ts';
import type { Formatters } from '../../lib/useFormatters.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { SlaClock } from '../../ui/SlaClock.tsx';
import { PriorityWhy } from '../triage/index.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

/** Pixels; layout.css sizes the lines to fit. */
export const ROW_HEIGHT = 66;

interface CaseRowProps {
  summary: CaseSummary;
  position: number;
  total: number;
  start: number;
  selected: boolean;
  open: boolean;
  focusWanted: boolean;
  now: number;
  formatters: Formatters;
  onOpen: (id: string) => void;
  onFocused: () => void;
}

export const rowId = (caseId: string): string => `case-row-${caseId}`;

/**
 * One place in the list. Until its summary is read it holds its place, empty and out of the
 * accessibility tree; it stays the same element when the row fills in, so a press that lands
 * meanwhile is not lost. The case opens as the button goes down: rows that move or fill in before
 * it comes up (a sync, a read arriving) cannot take the click away. A click with no press (a
 * screen reader's) opens it too.
 */
export const InboxRow = memo(function InboxRow(props: Omit<CaseRowProps, 'summary'> & { summary: CaseSummary | undefined }) {
  const { summary, position, total, start, selected, open, focusWanted, now, formatters, onOpen, onFocused } = props;
  const ref = useRef<HTMLDivElement>(null);
  const pressed = useRef(false);
  const read = summary !== undefined;

  useEffect(() => {
    if (!read || !selected || !focusWanted) return;
    ref.current?.focus({ preventScroll: true });
    onFocused();
  }, [read, selected, focusWanted, onFocused]);

  const onMouseDown = (event: MouseEvent) => {
    pressed.current = read && event.button === 0 && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (pressed.current && summary) onOpen(summary.id);
  };
  const onClick = (event: MouseEvent) => {
    if (summary && (event.detail === 0 || !pressed.current)) onOpen(summary.id);
    pressed.current = false;
  };
  const style = { transform: `translateY(${start}px)`, height: ROW_HEIGHT };
  if (!summary) return <div ref={ref} className="case-row pending" aria-hidden="true" style={style} onMouseDown={onMouseDown} onClick={onClick} />;
  const classes = ['case-row', selected ? 'selected' : '', open ? 'open' : '', summary.unread ? 'unread' : ''];
  return (
    <div ref={ref} id={rowId(summary.id)} role="option" aria-selected={selected} aria-posinset={position} aria-setsize={total}
      tabIndex={selected ? 0 : -1} className={classes.join(' ')} data-testid="case-row" data-case-id={summary.id}
      data-unread={summary.unread} data-open={open} data-draft={summary.hasDraft}
      style={style} onMouseDown={onMouseDown} onClick={onClick}>
      <RowLines summary={summary} now={now} formatters={formatters} />
    </div>
  );
});

function RowLines({ summary, now, formatters }: Pick<CaseRowProps, 'summary' | 'now' | 'formatters'>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="row-line">
        {summary.unread ? (
          <span className="unread-mark" data-testid="unread-marker" title={t('inbox.unread')}>
            <Icon name="dot" className="filled" />
            <span className="sr-only">{t('inbox.unread')}</span>
          </span>
        ) : null}
        <span className="case-number">#{summary.number}</span>
        {summary.customerName === null ? <span className="customer">{t('inbox.customerUnknown')}</span>
          : <CustomerText as="span" className="customer" text={summary.customerName} />}
        {summary.hasDraft ? (
          <span className="draft-mark" data-testid="draft-marker" title={t('inbox.draft')}>
            <Icon name="pencil" />
            <span className="sr-only">{t('inbox.draft')}</span>
          </span>
        ) : null}
        <SlaClock waitingSince={summary.waitingSince} channel={summary.channel} now={now} />
      </div>
      <div className="row-line">
        <CustomerText as="span" className="subject" data-testid="case-row-subject" text={summary.subject} />
        <time dateTime={summary.updatedAt}>{formatters.when(summary.updatedAt, now)}</time>
      </div>
      <div className="row-line meta">
        <ChannelTag channel={summary.channel} compact />
        <span className="status">{t(`status.${summary.status}`)}</span>
        <PriorityWhy summary={summary} />
      </div>
    </>
  );
}
