// A coaching form's save: busy while the change is queued, and what went wrong in words (a
// check of the form's own, or the refusal main gave before queueing).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';

export function usePlanSave(onDone: () => void) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = (call: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    call().then(onDone, (failure: unknown) => {
      setBusy(false);
      setProblem(t('coaching.failed', { message: errorText(t, contractError(failure)) }));
    });
  };
  return { problem, setProblem, busy, save };
}
