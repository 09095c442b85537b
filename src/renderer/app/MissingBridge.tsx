import { useTranslation } from 'react-i18next';

/** Shown when the page has no `window.atiende`: opened as a file or outside the app. */
export function MissingBridge() {
  const { t } = useTranslation();
  return (
    <main className="screen-center" data-testid="missing-bridge">
      <div className="card" role="alert">
        <h1>{t('bridge.title')}</h1>
        <p>{t('bridge.body')}</p>
      </div>
    </main>
  );
}
