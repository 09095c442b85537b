import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { progressText } from './progressText.ts';
import { usePacks } from './usePacks.ts';

/** The packs on this computer, newest first; each a button that opens it. */
export function PackList({ selected, onOpen }: { selected: string | null; onOpen: (packId: string) => void }) {
  const { t } = useTranslation();
  const { when } = useFormatters();
  const { data, error } = usePacks();
  if (error) return <p className="error" role="alert">{errorText(t, error)}</p>;
  if (!data) return <p className="hint">{t('qa.loading')}</p>;
  if (data.length === 0) return <p className="hint" data-testid="qa-no-packs">{t('qa.noPacks')}</p>;
  return (
    <ul className="pack-list" data-testid="qa-pack-list">
      {data.map((pack) => (
        <li key={pack.id}>
          <button type="button" className="pack-row" aria-current={pack.id === selected ? 'true' : undefined}
            data-testid="qa-pack-row" onClick={() => onOpen(pack.id)}>
            <span className="pack-title">{pack.calibration ? t('qa.calibration.badge') : null} {pack.title}</span>
            <span className="hint">{t('qa.createdBy', { who: pack.createdBy, when: when(pack.createdAt) })}</span>
            <span data-testid="qa-pack-progress">{progressText(t, pack.progress)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
