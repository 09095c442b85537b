// "Nueva clase": a script (its title, language and length), the trainees' names and the speed.
// The names are checked as they are typed; the server answers each trainee's credentials.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_SPEEDS, type ClassScripts, type ClassStartResponse } from '../../../shared/classes/wire.ts';
import type { ContractError } from '../../../shared/contract.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { classErrorText } from './classError.ts';
import { MAX_TRAINEES, parseTrainees, type TraineeProblem } from './trainees.ts';

type Speed = (typeof CLASS_SPEEDS)[number];

interface NewClassFormProps {
  scripts: ClassScripts['scripts'];
  onCreated: (created: ClassStartResponse) => void;
  onCancel: () => void;
}

export function NewClassForm({ scripts, onCreated, onCancel }: NewClassFormProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [scenario, setScenario] = useState(scripts[0]?.name ?? '');
  const [names, setNames] = useState('');
  const [speed, setSpeed] = useState<Speed>(1);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  // Opened from "Nueva clase": the keyboard starts at the script.
  useEffect(() => first.current?.focus(), []);
  const trainees = parseTrainees(names);
  const script = scripts.find((s) => s.name === scenario);
  const problemText = (problem: TraineeProblem) => t(`classes.form.problem.${problem.kind}`, {
    max: MAX_TRAINEES, count: 'count' in problem ? problem.count : 0, name: 'name' in problem ? problem.name : '',
  });

  const submit = async () => {
    setTouched(true);
    if (trainees.problem !== null || !script) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await api.startClass({ scenario: script.name, trainees: trainees.names, speed }));
    } catch (caught) {
      setError(contractError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="class-form" data-testid="class-new-form" aria-labelledby={`${ids}-title`} noValidate onSubmit={(event) => {
      event.preventDefault();
      void submit();
    }}>
      <h3 id={`${ids}-title`}>{t('classes.form.title')}</h3>
      <label className="class-field">
        <span>{t('classes.form.script')}</span>
        <select ref={first} value={scenario} data-testid="class-script" required aria-describedby={`${ids}-script`} onChange={(e) => setScenario(e.target.value)}>
          {scripts.map((s) => (
            <option key={s.name} value={s.name}>
              {t('classes.form.scriptOption', { title: s.title, language: s.language.toUpperCase(), minutes: s.durationMinutes })}
            </option>
          ))}
        </select>
      </label>
      {script ? (
        <p id={`${ids}-script`} className="hint" data-testid="class-script-about">
          {t('classes.form.scriptAbout', { description: script.description, steps: script.steps, minutes: script.durationMinutes })}
        </p>
      ) : null}
      <label className="class-field">
        <span>{t('classes.form.trainees')}</span>
        <textarea value={names} rows={5} data-testid="class-trainees" aria-describedby={`${ids}-names-hint ${ids}-names-problem`}
          aria-invalid={touched && trainees.problem !== null} onChange={(e) => setNames(e.target.value)} onBlur={() => setTouched(names !== '')} />
      </label>
      <p id={`${ids}-names-hint`} className="hint">
        {t('classes.form.traineesHint', { max: MAX_TRAINEES })} {trainees.names.length > 0 ? t('classes.form.count', { count: trainees.names.length }) : null}
      </p>
      <p id={`${ids}-names-problem`} className="error class-names-problem" role="alert" data-testid="class-trainees-problem">
        {touched && trainees.problem !== null ? problemText(trainees.problem) : ''}
      </p>
      <fieldset className="class-speed">
        <legend>{t('classes.form.speed')}</legend>
        {CLASS_SPEEDS.map((s) => (
          <label key={s}>
            <input type="radio" name={`${ids}-speed`} value={s} checked={speed === s} data-testid={`class-new-speed-${s}`} onChange={() => setSpeed(s)} />
            {t('classes.speedValue', { speed: s })}
          </label>
        ))}
      </fieldset>
      {error ? <p className="error" role="alert" data-testid="class-new-error">{classErrorText(t, error)}</p> : null}
      <div className="draw-actions">
        <button type="submit" className="button primary" disabled={busy || !script} data-testid="class-create">
          {busy ? t('classes.form.creating') : t('classes.form.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('classes.form.cancel')}</button>
      </div>
    </form>
  );
}
