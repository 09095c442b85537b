import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon.tsx';

/** Across the top of every sandbox screen, so no trainee mistakes made-up customers for real ones. */
export function SandboxBanner() {
  const { t } = useTranslation();
  return (
    <div className="sandbox-banner" role="note" data-testid="sandbox-banner">
      <Icon name="school" />
      <strong>{t('header.sandboxBanner')}</strong>
    </div>
  );
}
