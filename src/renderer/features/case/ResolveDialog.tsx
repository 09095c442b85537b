// Resolving classifies the case [tipificación]: the contact reason (the synced list's active
// ones, the case's own preselected) and whether it ended in the customer's favour; optionally the
// product (the synced list's active ones) and whether the answer avoided a phone call. Nothing is
// sent until both are chosen; what is missing is said in words next to the field. By keyboard:
// focus starts on what is left to choose, and Enter confirms.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactReason, Resolution } from '../../../shared/domain.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useContactReasons } from './useContactReasons.ts';
import { useProducts } from './useProducts.ts';

interface Props {
  open: boolean;
  caseId: string;
  caseNumber: number;
  currentReason: ContactReason | null;
  currentProduct: string | null;
  onClose: () => void;
  onResolved: () => void;
}

export function ResolveDialog({ open, caseNumber, onClose, ...form }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('resolve.title', { number: caseNumber })} onClose={onClose} testId="resolve-dialog">
      <ResolveForm {...form} onCancel={onClose} />
    </Dialog>
  );
}

type Problem = { field: 'reason' | 'resolution' | 'send'; text: string };

function ResolveForm({ caseId, currentReason, currentProduct, onResolved, onCancel }: Omit<Props, 'open' | 'caseNumber' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const { options, label } = useContactReasons();
  const active = options?.filter((o) => o.active) ?? [];
  const products = useProducts();
  const activeProducts = products.options?.filter((p) => p.active) ?? [];
  const [product, setProduct] = useState<string>(() => currentProduct ?? '');
  const [callAvoided, setCallAvoided] = useState(false);
  const [reason, setReason] = useState<string>(() => currentReason ?? '');
  const [resolution, setResolution] = useState<Resolution | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const outcomeRef = useRef<HTMLInputElement>(null);
  const focused = useRef(false);
  const ids = { reason: useId(), problem: useId(), product: useId(), callHint: useId() };
  // A product retired since it was chosen is not offered, so it is not kept either.
  const chosenProduct = activeProducts.some((p) => p.key === product) ? product : '';
  // A preselected reason the server has since retired is not offered, so it is not chosen either.
  const chosen = active.some((o) => o.code === reason) ? reason : '';

  // Once the reasons are read: the outcome when the case's own reason is preselected, else the
  // reason. After the dialog's own effect has opened it (they are read before it opens when they
  // were read for the page already), so its opening does not move the focus again.
  useEffect(() => {
    if (options === undefined || focused.current) return;
    focused.current = true;
    const target = chosen === '' ? reasonRef.current : outcomeRef.current;
    queueMicrotask(() => target?.focus());
  }, [options, chosen]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // Enter pressed twice before the first press re-renders must not queue two resolutions.
    if (sending.current) return;
    if (chosen === '') {
      setProblem({ field: 'reason', text: t('resolve.reasonRequired') });
      reasonRef.current?.focus();
      return;
    }
    if (resolution === null) {
      setProblem({ field: 'resolution', text: t('resolve.resolutionRequired') });
      return;
    }
    sending.current = true;
    setBusy(true);
    setProblem(null);
    api.setStatus({ caseId, status: 'resolved', reason: chosen, resolution, product: chosenProduct === '' ? null : chosenProduct, callAvoided }).then(onResolved, (failure: unknown) => {
      sending.current = false;
      setBusy(false);
      setProblem({ field: 'send', text: t('resolve.failed', { message: errorText(t, contractError(failure)) }) });
    });
  };
  const describedBy = (field: Problem['field']) => (problem?.field === field ? ids.problem : undefined);
  // Enter on an outcome confirms, as it does in the reason's list.
  const onOutcomeKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };

  return (
    <form className="form resolve-form" noValidate onSubmit={submit}>
      <p className="hint">{t('resolve.intro')}</p>
      <label htmlFor={ids.reason}>{t('resolve.reason')}</label>
      <select id={ids.reason} ref={reasonRef} value={chosen} data-testid="resolve-reason"
        aria-invalid={problem?.field === 'reason'} aria-describedby={describedBy('reason')}
        onChange={(event) => setReason(event.target.value)}>
        <option value="">{t('resolve.choose')}</option>
        {active.map((o) => <option key={o.code} value={o.code}>{label(o.code)}</option>)}
      </select>
      <fieldset className="resolve-outcome" aria-describedby={describedBy('resolution')}>
        <legend>{t('resolve.resolution')}</legend>
        {(['favour', 'against'] as const).map((value) => (
          <label key={value} className="radio">
            <input ref={value === 'favour' ? outcomeRef : undefined} type="radio" name="resolution" value={value}
              checked={resolution === value} data-testid={`resolve-${value}`} onChange={() => setResolution(value)} onKeyDown={onOutcomeKey} />
            {t(`resolve.${value}`)}
          </label>
        ))}
      </fieldset>
      {activeProducts.length > 0 ? (
        <>
          <label htmlFor={ids.product}>{t('resolve.product')}</label>
          <select id={ids.product} value={chosenProduct} data-testid="resolve-product" onChange={(event) => setProduct(event.target.value)}>
            <option value="">{t('resolve.noProduct')}</option>
            {activeProducts.map((p) => <option key={p.key} value={p.key}>{products.label(p.key)}</option>)}
          </select>
        </>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={callAvoided} data-testid="resolve-call-avoided" aria-describedby={ids.callHint}
          onChange={(event) => setCallAvoided(event.target.checked)} onKeyDown={onOutcomeKey} />
        {t('resolve.callAvoided')}
      </label>
      <p id={ids.callHint} className="hint">{t('resolve.callAvoidedHint')}</p>
      <p id={ids.problem} className="error" role="alert" data-testid="resolve-problem">{problem?.text ?? ''}</p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="resolve-submit">{t('resolve.submit')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('resolve.cancel')}</button>
      </div>
    </form>
  );
}
