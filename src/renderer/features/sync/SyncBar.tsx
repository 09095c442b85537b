// The footer: sync state at a glance (icon + word), live/polling, unsent changes, initial-sync
// progress, the last error in plain words, where the token and the cache key are kept when not in
// the keychain, and "Sync now".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncState, SyncStatus } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { Icon, type IconName } from '../../ui/Icon.tsx';
import { cacheKeyNotice, SecretsNotice } from './SecretsNotice.tsx';
import { SyncProgress } from './SyncProgress.tsx';
import { useSyncStatus } from './useSyncStatus.ts';
import { errorText } from '../../lib/errorText.ts';

const ICON: Record<SyncState, IconName> = {
  idle: 'check', syncing: 'sync', offline: 'offline', error: 'warning', signed_out: 'user', revoked: 'cross', locked: 'lock',
};

interface SyncBarProps {
  initial: SyncStatus | null;
  /** The open profile: a dismissed keychain notice is remembered for it. */
  profileId: string;
  onSignInAgain: () => void;
}

export function SyncBar({ initial, profileId, onSignInAgain }: SyncBarProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const status = useSyncStatus(initial);
  const [requested, setRequested] = useState(false);
  if (!status) return <footer className="sync-bar" aria-label={t('sync.label')} />;

  const syncNow = () => {
    setRequested(true);
    api.syncNow({}).finally(() => setRequested(false)).catch(() => undefined); // the outcome arrives as a sync event
  };
  const stopped = status.state === 'signed_out' || status.state === 'revoked';

  return (
    <footer className="sync-bar" aria-label={t('sync.label')} data-state={status.state}>
      <span className={`sync-state sync-${status.state}`} data-testid="sync-state" data-state={status.state}>
        <Icon name={ICON[status.state]} />
        {t(`sync.state.${status.state}`)}
      </span>
      {stopped ? null : (
        <span className="sync-live" data-testid="sync-live" data-live={status.live}>
          <Icon name={status.live ? 'bolt' : 'clock'} />
          {status.live ? t('sync.live') : t('sync.polling')}
        </span>
      )}
      <span className="sync-pending" data-testid="pending-count" data-count={status.pending}>
        {status.pending > 0 ? t('sync.pending', { count: status.pending }) : t('sync.pendingNone')}
      </span>
      {status.progress ? <SyncProgress progress={status.progress} /> : null}
      {status.lastSyncedAt ? (
        <span className="hint" data-testid="last-synced">{t('sync.lastSynced', { time: formatters.when(status.lastSyncedAt) })}</span>
      ) : null}
      {status.state === 'signed_out' ? <span className="hint">{t('sync.signedOutHint')}</span> : null}
      {status.state === 'revoked' ? <span className="hint">{t('sync.revokedHint')}</span> : null}
      <span className="sync-last-error error" aria-live="polite" data-testid="sync-error">
        {status.lastError === null ? null : errorText(t, { code: status.lastErrorCode ?? 'failed', message: status.lastError })}
      </span>
      {status.rulesWarning ? (
        <span className="sync-warning" data-testid="rules-warning" title={status.rulesWarning}>{t('triage.rulesWarning')}</span>
      ) : null}
      {status.autoReplyWarning ? (
        <span className="sync-warning" data-testid="auto-reply-warning" title={status.autoReplyWarning}>{t('sync.autoReplyWarning')}</span>
      ) : null}
      <SecretsNotice topic="secrets" code={status.secretsWarning} profileId={profileId} />
      <SecretsNotice topic="cacheKey" code={cacheKeyNotice(status.cacheKey)} profileId={profileId} file={status.cacheKey?.file ?? ''} />
      <span className="header-spacer" />
      {status.state === 'signed_out' ? (
        <button type="button" className="button primary" onClick={onSignInAgain}>{t('sync.signInAgain')}</button>
      ) : null}
      <button type="button" className="button" data-testid="sync-now" disabled={requested || stopped} onClick={syncNow} title={t('sync.syncNow')}>
        <Icon name="sync" />
        <span className="label">{t('sync.syncNow')}</span>
      </button>
    </footer>
  );
}
