// Change the case's state: pending on us, waiting on customer, resolved. The current state is
// a pressed toggle; the change is queued locally and shows at once (optimistic). Resolving asks
// first for the case's classification.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, ContactReason } from '../../../shared/domain.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { ResolveDialog } from './ResolveDialog.tsx';

const TARGETS = ['pending_company', 'waiting_customer', 'resolved'] as const satisfies readonly CaseStatus[];

interface Props {
  caseId: string;
  caseNumber: number;
  status: CaseStatus;
  reason: ContactReason | null;
}

export function StatusActions({ caseId, caseNumber, status, reason }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);

  const change = (next: CaseStatus) => {
    setError(null);
    if (next === 'resolved') {
      setResolving(true);
      return;
    }
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
      <ResolveDialog open={resolving} caseId={caseId} caseNumber={caseNumber} currentReason={reason} onClose={() => setResolving(false)} />
    </div>
  );
}
