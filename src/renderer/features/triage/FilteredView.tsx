// The filtered view: cases only noise waits on ("hola", "gracias", a repeated message), each
// message with why it was filtered and a one-action restore back into the work queue.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilteredCase, FilteredMessage } from '../../../shared/models.ts';
import { errorText } from '../../lib/errorText.ts';
import type { CacheQuery } from '../../lib/useCacheQuery.ts';
import { ChannelTag } from '../../ui/ChannelTag.tsx';
import { RestoreButton } from './RestoreButton.tsx';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { isolateBidi } from '../../../shared/bidi.ts';

export function FilteredView({ query, onOpen }: { query: CacheQuery<FilteredCase[]>; onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { data, error } = query;
  return (
    <section className="filtered-view" aria-labelledby="filtered-title" data-testid="filtered-list">
      <h3 id="filtered-title" className="sr-only">{t('triage.filteredTitle')}</h3>
      <p className="hint">{t('triage.filteredHint')}</p>
      {error ? <p className="error" role="alert">{t('triage.filteredFailed', { message: errorText(t, error) })}</p> : null}
      {data === undefined ? (
        error ? null : <p role="status">{t('triage.filteredLoading')}</p>
      ) : data.length === 0 ? (
        <p className="empty" data-testid="filtered-empty">{t('triage.filteredEmpty')}</p>
      ) : (
        <ul className="filtered-cases">
          {data.map((filtered) => <FilteredCaseItem key={filtered.case.id} filtered={filtered} onOpen={onOpen} />)}
        </ul>
      )}
    </section>
  );
}

function FilteredCaseItem({ filtered, onOpen }: { filtered: FilteredCase; onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
  const summary = filtered.case;
  return (
    <li className="filtered-case" data-testid="filtered-case" data-case-id={summary.id}>
      <div className="filtered-case-head">
        <button type="button" className="button link" onClick={() => onOpen(summary.id)}>
          {t('triage.filteredCase', { number: summary.number, subject: isolateBidi(summary.subject) })}
        </button>
        {summary.customerName === null ? <span className="customer">{t('inbox.customerUnknown')}</span>
          : <CustomerText as="span" className="customer" text={summary.customerName} />}
        <ChannelTag channel={summary.channel} />
      </div>
      <ul className="filtered-messages">
        {filtered.messages.map((message) => <FilteredMessageItem key={message.id} message={message} />)}
      </ul>
    </li>
  );
}

function FilteredMessageItem({ message }: { message: FilteredMessage }) {
  const { t } = useTranslation();
  const textId = useId();
  return (
    <li className="filtered-message" data-testid="filtered-message" data-message-id={message.id}>
      <CustomerText as="span" id={textId} className="message-text" text={message.text} />
      <span className="noise-note">{t('triage.filteredBecause', { why: t(`triage.noise.${message.noise}`) })}</span>
      <RestoreButton messageId={message.id} describedBy={textId} />
    </li>
  );
}
