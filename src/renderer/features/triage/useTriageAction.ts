import type { TFunction } from 'i18next';
import { useState } from 'react';
import { contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';

/**
 * Queues one of triage's decisions (restore, change type) and keeps a refusal before queueing in words.
 * On success main announces the change and the screens re-read; nothing else to do here. `t`: the
 * caller's, so a thread's many menus do not each hook on the language.
 */
export function useTriageAction(t: TFunction, failureKey: 'triage.restoreFailed' | 'triage.typeFailed'): {
  run: (call: () => Promise<unknown>) => void;
  busy: boolean;
  error: string | null;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    call().then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(t(failureKey, { message: errorText(t, contractError(failure)) }));
      },
    );
  };
  return { run, busy, error };
}
