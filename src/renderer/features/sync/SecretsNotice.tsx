// The keychain notice in the sync bar: one line in the agent's language, what it means on demand
// (a disclosure), and dismissible, remembered for the profile until the situation changes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretsWarning } from '../../../shared/events.ts';
import { Icon } from '../../ui/Icon.tsx';
import { dismissNotice, noticeShown } from './secretsNotice.ts';

const PANEL_ID = 'secrets-notice-details';

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null; // storage disabled: shown every time, never lost
  }
}

export function SecretsNotice({ warning, profileId }: { warning: SecretsWarning | null; profileId: string }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<SecretsWarning | null>(null);
  // Once the token is back in the keychain the dismissal is forgotten, so a new problem is told.
  useEffect(() => {
    const store = storage();
    if (warning === null && store) noticeShown(store, profileId, null);
  }, [warning, profileId]);
  const store = storage();
  const shown = warning !== null && dismissed !== warning && (store ? noticeShown(store, profileId, warning) : true);
  if (!shown) return null;

  const dismiss = () => {
    if (store) dismissNotice(store, profileId, warning);
    setDismissed(warning);
  };
  return (
    <span className="secrets-notice" data-testid="secrets-warning" data-warning={warning}>
      <Icon name="warning" />
      <span className="secrets-short" title={t(`sync.secrets.${warning}.short`)}>{t(`sync.secrets.${warning}.short`)}</span>
      <button type="button" className="button link" popoverTarget={PANEL_ID} data-testid="secrets-details-toggle">
        {t('sync.secrets.details')}
      </button>
      <div id={PANEL_ID} popover="auto" className="secrets-details" data-testid="secrets-details" role="note">
        <p>{t(`sync.secrets.${warning}.means`)}</p>
        <p>{t(`sync.secrets.${warning}.fix`)}</p>
      </div>
      <button type="button" className="button ghost small" aria-label={t('sync.secrets.dismiss')} title={t('sync.secrets.dismiss')}
        data-testid="secrets-dismiss" onClick={dismiss}>
        <Icon name="cross" />
      </button>
    </span>
  );
}
