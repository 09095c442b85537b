// The case's derivation, above its thread: "Derivado a Facturación" with the agent's note while
// the area works (and the holding reply offered to the agent), then the area's answer. To whom
// it was derived, the form to answer it internally, give it back or take the case; the agent
// who derived it may withdraw it while it waits.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DerivationOutcome } from '../../../shared/derivation/derivation.ts';
import { DERIVATION_NOTE_MAX } from '../../../shared/derivation/note.ts';
import type { CaseDetail } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { focusComposer, insertIntoReply } from '../composer/index.ts';

const TITLES = {
  derived: 'derivation.derivedTo', answered: 'derivation.answered', returned: 'derivation.returned', taken: 'derivation.taken',
} as const;

export function DerivationPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [hint, setHint] = useState<string | null>(null);
  const derivation = detail.derivation;
  if (!derivation) return null;
  const waiting = derivation.state === 'derived';
  const title = t(TITLES[derivation.state], { label: derivation.label });
  const noteLine = waiting ? (derivation.canWithdraw ? t('derivation.yourNote') : t('derivation.theirNote', { agent: derivation.byName })) : null;
  const holding = derivation.holdingReply;
  const offerHolding = () => {
    if (!holding) return;
    const inserted = insertIntoReply({ body: holding.body, source: { kind: 'template', id: holding.id, version: holding.version } });
    if (inserted) focusComposer();
    setHint(inserted ? null : t('derivation.holdingFailed'));
  };
  return (
    <section className={`derivation-panel derivation-${derivation.state}`} data-testid="derivation" data-state={derivation.state} data-to={derivation.to}
      aria-label={title}>
      <p className="derivation-title"><Icon name="building" /><strong data-testid="derivation-title">{title}</strong></p>
      <p className="derivation-note" data-testid="derivation-note">
        {noteLine ? <span>{noteLine} </span> : null}
        <CustomerText as="span" text={derivation.note} />
      </p>
      {holding && !detail.readOnly ? (
        <div className="button-row">
          <button type="button" className="button" data-testid="holding-reply" title={t('derivation.holdingReplyHint')} onClick={offerHolding}>
            {t('derivation.holdingReply')}
          </button>
          {hint ? <span className="hint" role="status">{hint}</span> : null}
        </div>
      ) : null}
      {derivation.canAnswer ? <AnswerForm caseId={detail.case.id} agent={derivation.byName} /> : null}
      {derivation.canWithdraw ? <WithdrawButton caseId={detail.case.id} /> : null}
    </section>
  );
}

/** The deriving agent takes it back while it waits (`returned`, their note kept). */
function WithdrawButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const withdraw = () => {
    setBusy(true);
    api.answerDerivation({ caseId, outcome: 'returned', note: '' }).then(() => setBusy(false), (failure: unknown) => {
      setBusy(false);
      setProblem(t('derivation.withdrawFailed', { message: errorText(t, contractError(failure)) }));
    });
  };
  return (
    <div className="button-row">
      <button type="button" className="button" disabled={busy} data-testid="derivation-withdraw" onClick={withdraw}>{t('derivation.withdraw')}</button>
      {problem ? <span className="error" role="alert">{problem}</span> : null}
    </div>
  );
}

function AnswerForm({ caseId, agent }: { caseId: string; agent: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { note: useId(), problem: useId() };
  const send = (outcome: DerivationOutcome) => {
    if (outcome === 'answered' && note.trim() === '') {
      setProblem(t('derivation.answerRequired'));
      return;
    }
    setProblem(null);
    setBusy(true);
    api.answerDerivation({ caseId, outcome, note: note.trim() }).then(() => setBusy(false), (failure: unknown) => {
      setBusy(false);
      setProblem(t('derivation.answerFailed', { message: errorText(t, contractError(failure)) }));
    });
  };
  return (
    <form className="form derivation-answer" noValidate onSubmit={(event) => { event.preventDefault(); send('answered'); }}>
      <label htmlFor={ids.note}>{t('derivation.answerLabel', { agent })}</label>
      <textarea id={ids.note} className="reply-box" rows={3} value={note} maxLength={DERIVATION_NOTE_MAX} data-testid="derivation-answer-note"
        placeholder={t('derivation.answerPlaceholder')} aria-invalid={problem !== null} aria-describedby={problem ? ids.problem : undefined}
        onChange={(event) => setNote(event.target.value)} />
      <p id={ids.problem} className="error" role="alert">{problem ?? ''}</p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="derivation-answer">{t('derivation.answer')}</button>
        <button type="button" className="button" disabled={busy} data-testid="derivation-return" onClick={() => send('returned')}>{t('derivation.giveBack')}</button>
        <button type="button" className="button" disabled={busy} data-testid="derivation-take" onClick={() => send('taken')}>{t('derivation.take')}</button>
      </div>
    </form>
  );
}
