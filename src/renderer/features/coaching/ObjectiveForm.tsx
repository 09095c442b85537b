// Adding or editing an objective: the metric (the reports' own), whether the figure must reach
// the target or stay under it, the target, an optional due date and a note for the agent.
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COACHING_METRICS, COMPARISONS, type CoachingMetric, type CoachingObjective, type Comparison } from '../../../shared/coaching/plan.ts';
import { api } from '../../lib/bridge.ts';
import { usePlanSave } from './usePlanSave.ts';

interface Props {
  agent: string;
  /** The objective edited; absent for a new one. */
  objective?: CoachingObjective;
  onDone: () => void;
}

export function ObjectiveForm({ agent, objective, onDone }: Props) {
  const { t } = useTranslation();
  const ids = { metric: useId(), comparison: useId(), target: useId(), due: useId(), note: useId(), problem: useId() };
  const [metric, setMetric] = useState<CoachingMetric>(objective?.metric ?? 'service_level');
  const [comparison, setComparison] = useState<Comparison>(objective?.comparison ?? 'at_least');
  const [target, setTarget] = useState(objective ? String(objective.target) : '');
  const [due, setDue] = useState(objective?.due ?? '');
  const [note, setNote] = useState(objective?.note ?? '');
  const { problem, setProblem, busy, save } = usePlanSave(onDone);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const value = Number(target.replace(',', '.'));
    if (target.trim() === '' || !Number.isFinite(value) || value < 0) {
      setProblem(t('coaching.targetInvalid'));
      return;
    }
    save(() => api.saveCoachingObjective({
      agent, metric, comparison, target: value, due: due === '' ? null : due, note, ...(objective ? { objectiveId: objective.id } : {}),
    }));
  };

  return (
    <form className="form coaching-form" noValidate onSubmit={submit} data-testid="coaching-objective-form">
      <div className="coaching-fields">
        <label htmlFor={ids.metric}>{t('coaching.metric')}</label>
        <select id={ids.metric} value={metric} data-testid="coaching-metric" onChange={(e) => setMetric(e.target.value as CoachingMetric)}>
          {COACHING_METRICS.map((m) => <option key={m} value={m}>{t(`coaching.metrics.${m}`)}</option>)}
        </select>
        <label htmlFor={ids.comparison}>{t('coaching.comparison')}</label>
        <select id={ids.comparison} value={comparison} data-testid="coaching-comparison" onChange={(e) => setComparison(e.target.value as Comparison)}>
          {COMPARISONS.map((c) => <option key={c} value={c}>{t(`coaching.comparisons.${c}`)}</option>)}
        </select>
        <label htmlFor={ids.target}>{t('coaching.target')}</label>
        <input id={ids.target} inputMode="decimal" value={target} data-testid="coaching-target" aria-invalid={problem !== null && target.trim() === ''}
          aria-describedby={problem ? ids.problem : undefined} onChange={(e) => setTarget(e.target.value)} />
        <label htmlFor={ids.due}>{t('coaching.due')}</label>
        <input id={ids.due} type="date" value={due} data-testid="coaching-due" onChange={(e) => setDue(e.target.value)} />
      </div>
      <label htmlFor={ids.note}>{t('coaching.note')}</label>
      <textarea id={ids.note} rows={2} maxLength={1000} value={note} data-testid="coaching-note" onChange={(e) => setNote(e.target.value)} />
      <p id={ids.problem} className="error" role="alert">{problem ?? ''}</p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="coaching-objective-save">{t('coaching.save')}</button>
        <button type="button" className="button" onClick={onDone}>{t('coaching.cancel')}</button>
      </div>
    </form>
  );
}
