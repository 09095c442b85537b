// The console's root: no bridge → an error screen; no profile yet → the first-run screen;
// otherwise the console for the open profile (remounted on a profile switch, so no state leaks).
import { useTranslation } from 'react-i18next';
import { hasBridge } from '../lib/bridge.ts';
import { errorText } from '../lib/errorText.ts';
import { ConsoleShell } from './ConsoleShell.tsx';
import { FirstRun } from './FirstRun.tsx';
import { MissingBridge } from './MissingBridge.tsx';
import { useApplyTheme } from './useApplyTheme.ts';
import { useMainLanguage } from './useMainLanguage.ts';
import { useSession } from './useSession.ts';

export function App() {
  useApplyTheme();
  return hasBridge ? <SessionGate /> : <MissingBridge />;
}

function SessionGate() {
  const { t } = useTranslation();
  const { session, loadError, ended, run, reload } = useSession();
  useMainLanguage();

  if (loadError) {
    return (
      <main className="screen-center">
        <div className="card" role="alert">
          <h1>{t('app.name')}</h1>
          <p>{t('app.loadFailed', { message: errorText(t, loadError) })}</p>
          <button type="button" className="button primary" onClick={reload}>{t('app.retry')}</button>
        </div>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="screen-center" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  if (!session.profile) return <FirstRun run={run} ended={ended} />;
  return <ConsoleShell key={session.profile.id} session={session} profile={session.profile} run={run} />;
}
