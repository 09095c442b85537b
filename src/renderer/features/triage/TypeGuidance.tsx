import { useTranslation } from 'react-i18next';
import type { TypeGuidance as Guidance } from '../../../shared/models.ts';

/** What the protocol says to do with the latest customer message, by its type and the channel. */
export function TypeGuidance({ guidance }: { guidance: Guidance | null }) {
  const { t } = useTranslation();
  if (guidance === null) return null;
  return (
    <p className="type-guidance" data-testid="type-guidance" data-code={guidance.code} data-type={guidance.type}>
      <strong>{t('triage.guidanceLabel')} ({t(`triage.type.${guidance.type}`)}):</strong> {t(`triage.guidance.${guidance.code}`)}
    </p>
  );
}
