// Search words, state, channel and priority filters and the sort order. The words go to
// listInbox (case and message text); selects narrow the list at once.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { InboxSort } from '../../../shared/contract.ts';
import { CASE_STATUSES, CHANNELS, PRIORITIES } from '../../../shared/domain.ts';
import { INBOX_SEARCH_ID } from './actions.ts';
import { FilterSelect } from './FilterSelect.tsx';
import { useInboxStore } from './inboxStore.ts';

const SORT_LABEL = { priority: 'inbox.sortPriority', waiting: 'inbox.sortWaiting', recent: 'inbox.sortRecent' } as const satisfies Record<InboxSort, string>;
// Not the contract's INBOX_SORTS: contract.ts carries zod, which the renderer must not bundle.
const SORTS = Object.keys(SORT_LABEL) as InboxSort[];

export function InboxFilters() {
  const { t } = useTranslation();
  const filters = useInboxStore(useShallow((s) => ({ status: s.status, channel: s.channel, priority: s.priority, search: s.search, sort: s.sort })));
  const setFilters = useInboxStore((state) => state.setFilters);

  return (
    <div className="inbox-filters" role="search" aria-label={t('inbox.filters')}>
      <label htmlFor={INBOX_SEARCH_ID} className="sr-only">{t('inbox.search')}</label>
      <input id={INBOX_SEARCH_ID} type="search" className="search" data-testid="inbox-search" value={filters.search}
        placeholder={t('inbox.searchPlaceholder')} aria-keyshortcuts="/" onChange={(e) => setFilters({ search: e.target.value })} />
      <div className="filter-grid">
        <FilterSelect label={t('inbox.filterStatus')} values={CASE_STATUSES} value={filters.status}
          name={(v) => t(`status.${v}`)} onChange={(status) => setFilters({ status })} />
        <FilterSelect label={t('inbox.filterChannel')} values={CHANNELS} value={filters.channel}
          name={(v) => t(`channel.${v}`)} onChange={(channel) => setFilters({ channel })} />
        <FilterSelect label={t('inbox.filterPriority')} values={PRIORITIES} value={filters.priority}
          name={(v) => t(`priority.${v}`)} onChange={(priority) => setFilters({ priority })} />
        <FilterSelect label={t('inbox.sort')} values={SORTS} value={filters.sort} allowAll={false}
          name={(v) => t(SORT_LABEL[v])} onChange={(sort) => setFilters({ sort: sort ?? 'priority' })} />
      </div>
    </div>
  );
}
