// The inbox pane: heading with the count and the search, the work queue or the filtered view
// with the filters' button, and the list or an empty state. Two short rows above the list.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { errorText } from '../../lib/errorText.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { DerivedToMe } from '../derivation/index.ts';
import { filteredMessageCount, FilteredView, useFilteredCases } from '../triage/index.ts';
import { openCase } from './actions.ts';
import { EmptyInbox } from './EmptyInbox.tsx';
import { InboxFilters, InboxSearch } from './InboxFilters.tsx';
import { InboxList } from './InboxList.tsx';
import { inboxQuery } from './inboxQuery.ts';
import { isFiltered, useInboxStore } from './inboxStore.ts';
import { InboxViews } from './InboxViews.tsx';
import { useInbox } from './useInbox.ts';
import { InboxNoticeLine } from './InboxNoticeLine.tsx';
import { useInboxShortcuts } from './useInboxShortcuts.ts';
import { useOpenCaseRequests } from './useOpenCaseRequests.ts';

export function InboxPage() {
  const { t } = useTranslation();
  useOpenCaseRequests();
  useInboxShortcuts();
  const filters = useInboxStore(useShallow((s) => ({ status: s.status, channel: s.channel, priority: s.priority, search: s.search, sort: s.sort })));
  const search = useDebounced(filters.search.trim(), 250);
  const { sort, status, channel, priority } = filters;
  const query = useMemo(() => inboxQuery({ sort, status, channel, priority }, search), [sort, status, channel, priority, search]);
  const { data, error, showing } = useInbox(query);
  const total = data?.ids.length ?? 0;
  const view = useInboxStore((state) => state.view);
  const filtered = useFilteredCases();

  return (
    <div className="inbox">
      <div className="pane-head">
        <h2 id="inbox-title">{t('inbox.label')}</h2>
        {data && view === 'queue' ? <span className="count" data-testid="inbox-count">{t('inbox.count', { count: total })}</span> : null}
        {view === 'queue' ? <InboxSearch /> : null}
      </div>
      <div className="inbox-bar">
        <InboxViews filteredCount={filteredMessageCount(filtered.data)} />
        {view === 'queue' ? <InboxFilters /> : null}
      </div>
      <InboxNoticeLine />
      {view === 'queue' ? <DerivedToMe onOpen={openCase} /> : null}
      {view === 'filtered' ? (
        <FilteredView query={filtered} onOpen={openCase} />
      ) : (
        <>
          {error ? <p className="error" role="alert">{t('inbox.loadFailed', { message: errorText(t, error) })}</p> : null}
          {data === undefined ? (
            error ? null : <p className="empty" role="status">{t('inbox.loading')}</p>
          ) : total === 0 ? (
            <EmptyInbox filtered={isFiltered(filters)} />
          ) : (
            <InboxList window={data} onShowing={showing} />
          )}
        </>
      )}
    </div>
  );
}
