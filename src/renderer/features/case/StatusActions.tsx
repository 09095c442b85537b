// Change the case's state: pending on us, waiting on customer, resolved. The current state is
// a pressed toggle; the change is queued locally and shows at once (optimistic).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../shared/domain.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';

const TARGETS = ['pending_company', 'waiting_customer', 'resolved'] as const satisfies readonly CaseStatus[];

export function StatusActions({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const change = (next: CaseStatus) => {
    setError(null);
    api.setStatus({ caseId, status: next }).catch((failure: unknown) =>
      setError(t('caseView.stateFailed', { message: errorText(t, contractError(failure)) })),
    );
  };

  return (
    <div className="status-actions">
      <div role="group" aria-label={t('caseView.changeState')} className="button-row">
        {TARGETS.map((target) => (
          <button key={target} type="button" className="button" aria-pressed={status === target}
            data-testid={`set-status-${target}`} onClick={() => status !== target && change(target)}>
            {t(`status.${target}`)}
          </button>
        ))}
      </div>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </div>
  );
}
