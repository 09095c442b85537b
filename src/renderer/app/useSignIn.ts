// What the sign-in forms (an organisation's server, a class) share: the server address checked
// before anything leaves the form (main checks again), then the call, busy meanwhile, and a
// failure in the user's words.
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Session } from '../../shared/contract.ts';
import { transportOf } from '../../shared/transport.ts';
import { contractError } from '../lib/bridge.ts';
import { errorText } from '../lib/errorText.ts';

const validServer = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Why nothing may be sent to `address`, in the user's words; null when it may. */
function serverRefusal(t: TFunction, address: string): string | null {
  if (!validServer(address)) return t('connect.invalidServer');
  // Plain http off this computer is refused here, before the password or the code leaves the form.
  if (transportOf(address) === 'refused') return t('errors.insecure_server');
  return null;
}

export function useSignIn(run: (call: () => Promise<Session>) => Promise<Session>, onDone?: () => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Submits the form: `call` gets the server address, trimmed and checked. */
  const submit = (event: SubmitEvent, server: string, call: (address: string) => Promise<Session>) => {
    event.preventDefault();
    const address = server.trim();
    const refusal = serverRefusal(t, address);
    if (refusal !== null) {
      setError(refusal);
      return;
    }
    setBusy(true);
    setError(null);
    run(() => call(address)).then(
      () => onDone?.(),
      (failure: unknown) => {
        setBusy(false);
        setError(errorText(t, contractError(failure)));
      },
    );
  };
  return { busy, error, submit };
}
