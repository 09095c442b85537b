// All the customer's cases, newest opened first: state, contact reason, channel, whose it is, one
// line of what it is about and its last update. The open case is marked; any other opens in the
// case view, read-only when it is another agent's.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCase } from '../../../shared/customer.ts';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { openCase } from '../inbox/index.ts';
import { useCustomerHistory } from './useCustomerHistory.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

export function CustomerHistory({ customerId, currentCaseId }: { customerId: string; currentCaseId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data: cases, error } = useCustomerHistory(customerId);
  return (
    <section className="customer-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('customer.history', { count: cases?.length ?? 0 })}</h3>
      {error && !cases ? <p className="error" role="alert">{t('customer.loadFailed', { message: errorText(t, error) })}</p> : null}
      {cases?.length === 1 ? <p className="hint">{t('customer.historyEmpty')}</p> : null}
      <ol className="customer-cases" data-testid="customer-history">
        {cases?.map((item) => <HistoryItem key={item.id} item={item} current={item.id === currentCaseId} />)}
      </ol>
    </section>
  );
}

function HistoryItem({ item, current }: { item: CustomerCase; current: boolean }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const owner = item.mine ? t('customer.yours')
    : item.assignedTo === null ? t('customer.unassigned')
    : t('customer.agentOf', { agent: item.assigneeName ?? item.assignedTo });
  return (
    <li className={current ? 'customer-case current' : 'customer-case'} data-testid="customer-history-item" data-case-id={item.id}
      data-mine={item.mine} data-current={current}>
      <button type="button" className="customer-case-open" aria-current={current ? 'true' : undefined} onClick={() => openCase(item.id)}>
        <span className="customer-case-head">
          <span className="case-number">#{item.number}</span>
          <span className="status" data-testid="customer-case-status">{t(`status.${item.status}`)}</span>
          {current ? <span className="customer-case-current">{t('customer.current')}</span> : null}
        </span>
        <CustomerText as="span" className="customer-case-summary" text={item.summary} />
        <span className="customer-case-meta">
          <span>{item.reason ? t(`customer.reason.${item.reason}`) : t('customer.noReason')}</span>
          <span>{t(`channel.${item.channel}`)}</span>
          <span data-testid="customer-case-owner">{owner}</span>
          {/* The last update, as the inbox row shows it: one case, one time wherever it is listed. */}
          <time dateTime={item.updatedAt} title={t('customer.updatedAt')} data-testid="customer-case-time">{formatters.when(item.updatedAt)}</time>
        </span>
      </button>
    </li>
  );
}
