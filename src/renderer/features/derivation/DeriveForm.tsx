// Where to derive the case (the routing document's areas, then the people) and the internal
// note; queued like any change, so it works offline.
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { DERIVATION_NOTE_MAX } from '../../../shared/derivation/note.ts';
import type { EntityName } from '../../../shared/events.ts';

const READS: readonly EntityName[] = ['setting', 'agent'];

export function DeriveForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { data: options, error } = useCacheQuery('derivation-options', () => api.derivationOptions({}), READS);
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { to: useId(), note: useId(), problem: useId() };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const blocked = to === '' ? t('derivation.toRequired') : note.trim() === '' ? t('derivation.noteRequired') : null;
    setProblem(blocked);
    if (blocked) return;
    setBusy(true);
    api.deriveCase({ caseId, to, note: note.trim() }).then(onDone, (failure: unknown) => {
      setBusy(false);
      setProblem(t('derivation.failed', { message: errorText(t, contractError(failure)) }));
    });
  };

  return (
    <form className="form derive-form" noValidate onSubmit={submit}>
      <p className="hint">{t('derivation.intro')}</p>
      {error ? <p className="error" role="alert" data-testid="derive-options-error">{t('derivation.optionsFailed')}</p> : null}
      {options?.areas.length === 0 ? <p className="hint" data-testid="derive-no-areas">{t('derivation.noAreas')}</p> : null}
      <label htmlFor={ids.to}>{t('derivation.to')}</label>
      <select id={ids.to} value={to} data-testid="derive-to" onChange={(event) => setTo(event.target.value)}>
        <option value="">{t('derivation.choose')}</option>
        <optgroup label={t('derivation.areas')}>
          {options?.areas.map((a) => <option key={a.id} value={`area:${a.id}`}>{a.name}</option>)}
        </optgroup>
        <optgroup label={t('derivation.agents')}>
          {options?.agents.map((a) => <option key={a.username} value={`agent:${a.username}`}>{a.name}</option>)}
        </optgroup>
      </select>
      <label htmlFor={ids.note}>{t('derivation.note')}</label>
      <textarea id={ids.note} className="reply-box" rows={4} value={note} maxLength={DERIVATION_NOTE_MAX} data-testid="derive-note"
        placeholder={t('derivation.notePlaceholder')} aria-invalid={problem !== null} aria-describedby={problem ? ids.problem : undefined}
        onChange={(event) => setNote(event.target.value)} />
      <p id={ids.problem} className="error" role="alert" data-testid="derive-problem">{problem ?? ''}</p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="derive-submit">{t('derivation.submit')}</button>
        <button type="button" className="button" onClick={onDone}>{t('derivation.cancel')}</button>
      </div>
    </form>
  );
}
