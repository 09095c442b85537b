import { useTranslation } from 'react-i18next';

/** The case pane before a case is opened: how to open one. */
export function NoCaseOpen() {
  const { t } = useTranslation();
  return (
    <div className="case-message" data-testid="no-case">
      <h2>{t('caseView.noneSelected')}</h2>
      <p className="hint">{t('caseView.noneSelectedHint')}</p>
    </div>
  );
}
