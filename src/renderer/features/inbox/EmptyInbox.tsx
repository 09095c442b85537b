import { useTranslation } from 'react-i18next';
import { useInboxStore } from './inboxStore.ts';

/** "No cases match" when filters hide everything (with a way out), else "Inbox empty". */
export function EmptyInbox({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  const clearFilters = useInboxStore((state) => state.clearFilters);
  return (
    <div className="empty" data-testid="inbox-empty" data-reason={filtered ? 'no-match' : 'empty'}>
      <p className="empty-title">{filtered ? t('inbox.noMatch') : t('inbox.empty')}</p>
      <p className="hint">{filtered ? t('inbox.noMatchHint') : t('inbox.emptyHint')}</p>
      {filtered ? <button type="button" className="button" onClick={clearFilters}>{t('inbox.clearFilters')}</button> : null}
    </div>
  );
}
