// Running a class: start, pause, resume, end (asked twice: it cannot be undone), the speed and a
// jump ahead in scenario minutes. Each answers the class as it now is.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_SPEEDS, type ClassControlRequest, type ClassSummary } from '../../../shared/classes/wire.ts';
import type { ContractError } from '../../../shared/contract.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { classErrorText } from './classError.ts';

const MAX_JUMP = 24 * 60;

export function ClassControls({ summary, onChanged }: { summary: ClassSummary; onChanged: (summary: ClassSummary) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [ending, setEnding] = useState(false);
  const [minutes, setMinutes] = useState('10');
  // A jump the server stopped short of a clock step (the messages before it come at their own time).
  const [stopped, setStopped] = useState<{ at: number; step: string; minute: number } | null>(null);
  const { classId, state } = summary;
  const finished = state === 'finished';
  const jump = Number(minutes);
  const jumpValid = Number.isInteger(jump) && jump >= 1 && jump <= MAX_JUMP;

  const control = async (request: ClassControlRequest) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.classControl(request);
      const { jumpStopped } = answer;
      setStopped(jumpStopped ? { at: Math.floor(answer.elapsedMinutes), step: jumpStopped.clockStep, minute: jumpStopped.clockStepMinute } : null);
      onChanged(answer);
      setEnding(false);
    } catch (caught) {
      setError(contractError(caught));
    } finally {
      setBusy(false);
    }
  };
  const act = (action: 'start' | 'pause' | 'resume' | 'stop') => () => void control({ classId, action });

  return (
    <div className="class-controls" data-testid="class-controls">
      <div className="button-row" role="group" aria-label={t('classes.controls.run')}>
        {state === 'ready' ? <button type="button" className="button primary" disabled={busy} data-testid="class-start" onClick={act('start')}>{t('classes.controls.start')}</button> : null}
        {state === 'running' ? <button type="button" className="button" disabled={busy} data-testid="class-pause" onClick={act('pause')}>{t('classes.controls.pause')}</button> : null}
        {state === 'paused' ? <button type="button" className="button primary" disabled={busy} data-testid="class-resume" onClick={act('resume')}>{t('classes.controls.resume')}</button> : null}
        {!finished && !ending ? <button type="button" className="button" disabled={busy} data-testid="class-stop" onClick={() => setEnding(true)}>{t('classes.controls.stop')}</button> : null}
        {ending && !finished ? (
          <span className="class-confirm" role="group" aria-label={t('classes.controls.stopConfirm')}>
            <span>{t('classes.controls.stopConfirm')}</span>
            <button type="button" className="button danger" disabled={busy} data-testid="class-stop-confirm" onClick={act('stop')}>{t('classes.controls.stopYes')}</button>
            <button type="button" className="button" onClick={() => setEnding(false)}>{t('classes.controls.stopNo')}</button>
          </span>
        ) : null}
      </div>
      {finished ? null : (
        <>
          <div className="button-row" role="group" aria-label={t('classes.controls.speed')}>
            <span className="hint" aria-hidden="true">{t('classes.controls.speed')}</span>
            {CLASS_SPEEDS.map((s) => (
              <button key={s} type="button" className="button" aria-pressed={summary.speed === s} disabled={busy}
                data-testid={`class-speed-${s}`} onClick={() => void control({ classId, action: 'speed', speed: s })}>
                {t('classes.speedValue', { speed: s })}
              </button>
            ))}
          </div>
          <form className="class-jump" onSubmit={(event) => {
            event.preventDefault();
            if (jumpValid) void control({ classId, action: 'jump', minutes: jump });
          }}>
            <label>
              <span className="sr-only">{t('classes.controls.jumpMinutes')}</span>
              <input type="number" min={1} max={MAX_JUMP} step={1} value={minutes} data-testid="class-jump-minutes"
                aria-invalid={!jumpValid} onChange={(e) => setMinutes(e.target.value)} />
            </label>
            <span aria-hidden="true">{t('classes.controls.minutes')}</span>
            <button type="submit" className="button" disabled={busy || !jumpValid} data-testid="class-jump">{t('classes.controls.jump')}</button>
          </form>
        </>
      )}
      {stopped && !finished ? (
        <p className="hint" role="status" data-testid="class-jump-stopped">
          {t('classes.controls.jumpStopped', stopped)}
        </p>
      ) : null}
      {error ? <p className="error" role="alert" data-testid="class-control-error">{classErrorText(t, error)}</p> : null}
    </div>
  );
}
