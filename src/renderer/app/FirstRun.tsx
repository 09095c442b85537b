// The first run: three ways in. The training sandbox is the default (first, primary, focused);
// connecting to an organisation opens the sign-in form; joining a class opens the form for the
// class's server and code. After a revoked device's wipe it says what happened above them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/contract.ts';
import { Icon } from '../ui/Icon.tsx';
import { api, contractError } from '../lib/bridge.ts';
import { errorText } from '../lib/errorText.ts';
import { ConnectForm } from './ConnectForm.tsx';
import { DisplaySettings } from './DisplaySettings.tsx';
import { JoinClassForm } from './JoinClassForm.tsx';

interface Props {
  run: (call: () => Promise<Session>) => Promise<Session>;
  /** Why the last profile closed by itself, if it did. */
  ended?: 'revoked' | null;
}

export function FirstRun({ run, ended = null }: Props) {
  const { t } = useTranslation();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [connecting, setConnecting] = useState(false);
  const [joining, setJoining] = useState(false);

  const openSandbox = () => {
    setStarting(true);
    setError(null);
    run(() => api.openSandbox({})).catch((failure: unknown) => {
      setStarting(false);
      setError(errorText(t, contractError(failure)));
    });
  };

  return (
    <div className="first-run">
      <header className="first-run-head">
        <span className="brand">{t('app.name')}</span>
        <DisplaySettings />
      </header>
      <main className="first-run-main">
        <h1>{t('firstRun.title')}</h1>
        {ended === 'revoked' ? (
          <p className="card first-run-notice" role="alert" data-testid="first-run-revoked">
            <Icon name="warning" /> {t('firstRun.revoked')}
          </p>
        ) : null}
        <p>{t('firstRun.intro')}</p>
        <div className="ways">
          <section className="card way way-sandbox" aria-labelledby="way-sandbox">
            <h2 id="way-sandbox"><Icon name="school" /> {t('firstRun.sandboxTitle')}</h2>
            <p>{t('firstRun.sandboxBody')}</p>
            <button type="button" className="button primary big" autoFocus disabled={starting}
              data-testid="first-run-sandbox" onClick={openSandbox}>
              {t('firstRun.sandboxButton')}
            </button>
            {starting ? <p role="status">{t('firstRun.sandboxStarting')}</p> : null}
            {error ? <p className="error" role="alert">{error}</p> : null}
          </section>
          <section className="card way" aria-labelledby="way-org">
            <h2 id="way-org"><Icon name="building" /> {t('firstRun.orgTitle')}</h2>
            <p>{t('firstRun.orgBody')}</p>
            {connecting ? (
              <ConnectForm run={run} disabled={starting} onCancel={() => setConnecting(false)} />
            ) : (
              <button type="button" className="button big" disabled={starting}
                data-testid="first-run-connect" onClick={() => setConnecting(true)}>
                {t('firstRun.orgButton')}
              </button>
            )}
          </section>
          <section className="card way" aria-labelledby="way-class">
            <h2 id="way-class"><Icon name="school" /> {t('firstRun.classTitle')}</h2>
            <p>{t('firstRun.classBody')}</p>
            {joining ? (
              <JoinClassForm run={run} disabled={starting} onCancel={() => setJoining(false)} />
            ) : (
              <button type="button" className="button big" disabled={starting}
                data-testid="first-run-join-class" onClick={() => setJoining(true)}>
                {t('firstRun.classButton')}
              </button>
            )}
          </section>
        </div>
      </main>
    </div>
  );
}
