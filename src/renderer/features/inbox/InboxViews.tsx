import { useTranslation } from 'react-i18next';
import { useInboxStore } from './inboxStore.ts';

/** The work queue or the filtered view, with how many filtered messages wait there. */
export function InboxViews({ filteredCount }: { filteredCount: number }) {
  const { t } = useTranslation();
  const view = useInboxStore((state) => state.view);
  const setView = useInboxStore((state) => state.setView);
  return (
    <div className="inbox-views button-row" role="group" aria-label={t('triage.views')}>
      <button type="button" className="button" data-testid="queue-view" aria-pressed={view === 'queue'} onClick={() => setView('queue')}>
        {t('triage.queue')}
      </button>
      <button type="button" className="button" data-testid="filtered-view" data-count={filteredCount} aria-pressed={view === 'filtered'}
        onClick={() => setView('filtered')}>
        {t('triage.filtered', { count: filteredCount })}
      </button>
    </div>
  );
}
