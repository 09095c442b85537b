// Drawing a pack: the period, the agents or a team, the count per agent, the strata and an
// optional seed. The preview shows the exact count per stratum and the seed; creating the pack
// confirms that seed, so the pack is the preview. Typing a seed reproduces an earlier draw.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract.ts';
import type { QaDrawResult } from '../../../shared/qa/draw.ts';
import { STRATUM_DIMENSIONS } from '../../../shared/qa/strata.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { drawInput, EMPTY_DRAW, type DrawForm } from './drawForm.ts';

interface DrawDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (packId: string) => void;
}

export function DrawDialog({ open, onClose, onCreated }: DrawDialogProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState<DrawForm>(EMPTY_DRAW);
  const [preview, setPreview] = useState<QaDrawResult | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [busy, setBusy] = useState(false);
  // Any change makes the preview stale: the pack must be what was shown.
  const change = (patch: Partial<DrawForm>) => {
    setForm({ ...form, ...patch });
    setPreview(null);
    setError(null);
  };
  const attempt = async (call: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
    } catch (caught) {
      setError(contractError(caught));
    } finally {
      setBusy(false);
    }
  };
  const showPreview = () => attempt(async () => {
    const drawn = await api.qaDrawPreview(drawInput(form));
    setPreview(drawn);
    setForm({ ...form, seed: drawn.seed });
  });
  const create = () => attempt(async () => {
    if (!preview) return;
    const drawn = await api.qaDraw({ ...drawInput(form), seed: preview.seed });
    setPreview(null);
    setForm(EMPTY_DRAW);
    if (drawn.packId) onCreated(drawn.packId);
  });

  return (
    <Dialog open={open} title={t('qa.draw.title')} onClose={onClose} testId="qa-draw-dialog" wide>
      <form className="draw-form" onSubmit={(event) => {
        event.preventDefault();
        void (preview ? create() : showPreview());
      }}>
        <fieldset>
          <legend>{t('qa.draw.period')}</legend>
          <label>{t('qa.draw.from')} <input type="date" value={form.from} data-testid="qa-draw-from" onChange={(e) => change({ from: e.target.value })} /></label>
          <label>{t('qa.draw.to')} <input type="date" value={form.to} data-testid="qa-draw-to" onChange={(e) => change({ to: e.target.value })} /></label>
          <p className="hint">{t('qa.draw.periodHint')}</p>
        </fieldset>
        <fieldset>
          <legend>{t('qa.draw.who')}</legend>
          <label><input type="radio" name="qa-mode" checked={form.mode === 'team'} onChange={() => change({ mode: 'team' })} /> {t('qa.draw.team')}</label>
          <label><input type="radio" name="qa-mode" checked={form.mode === 'agents'} onChange={() => change({ mode: 'agents' })} /> {t('qa.draw.agents')}</label>
          {form.mode === 'team' ? (
            <label>{t('qa.draw.teamName')} <input value={form.team} data-testid="qa-draw-team" onChange={(e) => change({ team: e.target.value })} /></label>
          ) : (
            <label>{t('qa.draw.agentNames')} <input value={form.agents} data-testid="qa-draw-agents" onChange={(e) => change({ agents: e.target.value })} /></label>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('qa.draw.sample')}</legend>
          <label>{t('qa.draw.perAgent')} <input type="number" min={1} max={100} value={form.perAgent} data-testid="qa-draw-per-agent"
            onChange={(e) => change({ perAgent: e.target.value })} /></label>
          <span className="draw-dims" role="group" aria-label={t('qa.draw.by')}>
            {STRATUM_DIMENSIONS.map((d) => (
              <label key={d}><input type="checkbox" checked={form.by.includes(d)} data-testid={`qa-draw-by-${d}`}
                onChange={(e) => change({ by: e.target.checked ? [...form.by, d] : form.by.filter((x) => x !== d) })} /> {t(`qa.dimension.${d}`)}</label>
            ))}
          </span>
          <label>{t('qa.draw.seed')} <input value={form.seed} data-testid="qa-draw-seed" placeholder={t('qa.draw.seedPlaceholder')}
            onChange={(e) => change({ seed: e.target.value })} /></label>
        </fieldset>
        {error ? <p className="error" role="alert" data-testid="qa-draw-error">{errorText(t, error)}</p> : null}
        {preview ? <DrawPreview preview={preview} /> : null}
        <div className="draw-actions">
          <button type="button" className="button ghost" disabled={busy} data-testid="qa-draw-preview" onClick={() => void showPreview()}>{t('qa.draw.preview')}</button>
          <button type="button" className="button" disabled={busy || preview === null} data-testid="qa-draw-confirm" onClick={() => void create()}>
            {preview ? t('qa.draw.confirm', { count: preview.total }) : t('qa.draw.confirmFirst')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DrawPreview({ preview }: { preview: QaDrawResult }) {
  const { t } = useTranslation();
  return (
    <section className="draw-preview" aria-label={t('qa.draw.previewTitle')} data-testid="qa-draw-result" aria-live="polite">
      <p>
        {t('qa.draw.previewSummary', { total: preview.total })}{' '}
        <strong>{t('qa.draw.seedIs')} <code data-testid="qa-draw-seed-shown">{preview.seed}</code></strong>
      </p>
      <table className="qa-table">
        <caption>{t('qa.draw.perStratum')}</caption>
        <thead><tr><th scope="col">{t('qa.stratum')}</th><th scope="col">{t('qa.cases')}</th></tr></thead>
        <tbody>
          {preview.strata.map((s) => (
            <tr key={s.key} data-testid="qa-draw-stratum"><td>{s.key}</td><td>{s.count}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{preview.perAgent.map((a) => t('qa.draw.agentCount', { agent: a.agent, count: a.count })).join(' · ')}</p>
    </section>
  );
}
