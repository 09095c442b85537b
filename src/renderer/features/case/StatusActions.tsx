// Change the case's state: open, pending on us, waiting on customer, resolved. The current state
// is a pressed toggle; the change is queued locally and shows at once (optimistic). Resolving asks
// first for the case's classification. The keys o/p/w/e press these same buttons.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, ContactReason } from '../../../shared/domain.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { ResolveDialog } from './ResolveDialog.tsx';
import { useResolveRequest } from './resolveRequest.ts';
import { stateKey, useStatusKeys } from './useStatusKeys.ts';

const TARGETS = ['open', 'pending_company', 'waiting_customer', 'resolved'] as const satisfies readonly CaseStatus[];

interface Props {
  caseId: string;
  caseNumber: number;
  status: CaseStatus;
  reason: ContactReason | null;
  product: string | null;
}

export function StatusActions({ caseId, caseNumber, status, reason, product }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const resolving = useResolveRequest((state) => state.caseId === caseId);
  const { ask, done } = useResolveRequest.getState();
  const resolvedButton = useRef<HTMLButtonElement>(null);
  const focusResolved = useRef(false);

  // Once resolved, focus leaves the dialog for the pressed "resolved" toggle rather than going
  // back to the reply box: from there the next key (n) is a command, not text.
  useEffect(() => {
    if (resolving || !focusResolved.current) return;
    focusResolved.current = false;
    resolvedButton.current?.focus();
  }, [resolving]);

  const press = (next: CaseStatus) => {
    if (status === next) return; // already there: the toggle stays pressed
    setError(null);
    if (next === 'resolved') {
      ask(caseId);
      return;
    }
    api.setStatus({ caseId, status: next }).catch((failure: unknown) =>
      setError(t('caseView.stateFailed', { message: errorText(t, contractError(failure)) })),
    );
  };
  useStatusKeys(press);

  return (
    <div className="status-actions">
      <div role="group" aria-label={t('caseView.changeState')} className="button-row">
        {TARGETS.map((target) => (
          <button key={target} ref={target === 'resolved' ? resolvedButton : undefined} type="button" className="button"
            aria-pressed={status === target} aria-keyshortcuts={stateKey(target)} data-testid={`set-status-${target}`}
            onClick={() => press(target)}>
            {t(`status.${target}`)}
          </button>
        ))}
      </div>
      {error ? <p className="error" role="alert" data-testid="status-error">{error}</p> : null}
      <ResolveDialog open={resolving} caseId={caseId} caseNumber={caseNumber} currentReason={reason} currentProduct={product} onClose={done}
        onResolved={() => {
          focusResolved.current = true;
          done();
        }} />
    </div>
  );
}
