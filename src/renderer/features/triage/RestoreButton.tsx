import { useTranslation } from 'react-i18next';
import { api } from '../../lib/bridge.ts';
import { useTriageAction } from './useTriageAction.ts';

/** One action puts a filtered message (and its case) back into the work queue; queued, synced like any change. */
export function RestoreButton({ messageId, describedBy }: { messageId: string; describedBy?: string }) {
  const { t } = useTranslation();
  const { run, busy, error } = useTriageAction(t, 'triage.restoreFailed');
  return (
    <>
      <button type="button" className="button" data-testid="restore-message" disabled={busy} aria-describedby={describedBy}
        title={t('triage.shared')} onClick={() => run(() => api.restoreMessage({ messageId }))}>
        {t('triage.restore')}
      </button>
      {error ? <span className="error" role="alert">{error}</span> : null}
    </>
  );
}
