// Search words beside the inbox's heading, and the filters' button: state, channel, priority
// and the sort order wait in its popover, so the list keeps the height. The words go to
// listInbox (case and message text); selects narrow the list at once.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { InboxSort } from '../../../shared/contract.ts';
import { CASE_STATUSES, CHANNELS, PRIORITIES } from '../../../shared/domain.ts';
import { INBOX_SEARCH_ID } from './actions.ts';
import { Icon } from '../../ui/Icon.tsx';
import { FilterSelect } from './FilterSelect.tsx';
import { useInboxStore } from './inboxStore.ts';

const SORT_LABEL = { priority: 'inbox.sortPriority', waiting: 'inbox.sortWaiting', recent: 'inbox.sortRecent' } as const satisfies Record<InboxSort, string>;
// Not the contract's INBOX_SORTS: contract.ts carries zod, which the renderer must not bundle.
const SORTS = Object.keys(SORT_LABEL) as InboxSort[];
const PANEL_ID = 'inbox-filter-panel';

/** The search words, at the top of the inbox beside its heading. */
export function InboxSearch() {
  const { t } = useTranslation();
  const search = useInboxStore((s) => s.search);
  const setFilters = useInboxStore((state) => state.setFilters);
  return (
    <div className="inbox-search" role="search" aria-label={t('inbox.search')}>
      <label htmlFor={INBOX_SEARCH_ID} className="sr-only">{t('inbox.search')}</label>
      <input id={INBOX_SEARCH_ID} type="search" className="search" data-testid="inbox-search" value={search}
        placeholder={t('inbox.searchPlaceholder')} aria-keyshortcuts="/" onChange={(e) => setFilters({ search: e.target.value })} />
    </div>
  );
}

/** The filters' button, saying how many are on, and their popover with the sort order. */
export function InboxFilters() {
  const { t } = useTranslation();
  const filters = useInboxStore(useShallow((s) => ({ status: s.status, channel: s.channel, priority: s.priority, sort: s.sort })));
  const setFilters = useInboxStore((state) => state.setFilters);
  const active = [filters.status, filters.channel, filters.priority].filter((value) => value !== null).length;

  return (
    <>
      <button type="button" className="button filter-trigger" popoverTarget={PANEL_ID} data-testid="inbox-filter-button"
        data-active={active}>
        <Icon name="filter" />
        {active > 0 ? t('inbox.filtersOn', { count: active }) : t('inbox.filtersButton')}
      </button>
      {/* A native popover: light dismiss and Esc close it, and it sits in the top layer. */}
      <div id={PANEL_ID} popover="auto" className="menu-panel filter-panel" role="group" aria-label={t('inbox.filters')}
        data-testid="inbox-filter-panel">
        <FilterSelect label={t('inbox.filterStatus')} values={CASE_STATUSES} value={filters.status}
          name={(v) => t(`status.${v}`)} onChange={(status) => setFilters({ status })} />
        <FilterSelect label={t('inbox.filterChannel')} values={CHANNELS} value={filters.channel}
          name={(v) => t(`channel.${v}`)} onChange={(channel) => setFilters({ channel })} />
        <FilterSelect label={t('inbox.filterPriority')} values={PRIORITIES} value={filters.priority}
          name={(v) => t(`priority.${v}`)} onChange={(priority) => setFilters({ priority })} />
        <FilterSelect label={t('inbox.sort')} values={SORTS} value={filters.sort} allowAll={false}
          name={(v) => t(SORT_LABEL[v])} onChange={(sort) => setFilters({ sort: sort ?? 'priority' })} />
      </div>
    </>
  );
}
