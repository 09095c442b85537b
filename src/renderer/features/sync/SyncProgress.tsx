import { useTranslation } from 'react-i18next';
import type { SyncProgress as Progress } from '../../../shared/events.ts';

/** The initial sync of an empty cache: a bar and the counts. */
export function SyncProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const label = t('sync.progress', { done: progress.done, total: progress.total });
  return (
    <span className="sync-progress" data-testid="sync-progress">
      <progress max={Math.max(progress.total, 1)} value={Math.min(progress.done, progress.total)} aria-label={t('sync.progressLabel')}
        aria-valuetext={label} />
      <span>{label}</span>
    </span>
  );
}
