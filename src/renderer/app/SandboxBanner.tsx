import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon.tsx';

/**
 * Across the top of every training screen (the embedded sandbox, or a server that said it is
 * one), so no trainee mistakes made-up customers for real ones; a class's trainee sees its title.
 */
export function SandboxBanner({ classTitle = null }: { classTitle?: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="sandbox-banner" role="note" data-testid="sandbox-banner">
      <Icon name="school" />
      <strong>{classTitle === null ? t('header.sandboxBanner') : t('header.classBanner', { title: classTitle })}</strong>
    </div>
  );
}
