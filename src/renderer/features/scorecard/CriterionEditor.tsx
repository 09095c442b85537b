// One criterion of the sheet: its question, what good looks like, the scale, the weight (auto-fail
// criteria weigh nothing), whether N/A is allowed, and the channels it applies to.
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../shared/domain.ts';
import { SCALES, SCORECARD_LIMITS, type SectionKind } from '../../../shared/qa/scorecard.ts';
import type { CriterionForm } from './scorecardForm.ts';

interface Props {
  criterion: CriterionForm;
  kind: SectionKind;
  /** 1-based, as the problems name it. */
  n: number;
  count: number;
  onChange: (next: CriterionForm) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

export function CriterionEditor({ criterion: c, kind, n, count, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const id = (field: string) => `crit-${c.id}-${field}`;
  const toggleChannel = (channel: Channel, on: boolean) => {
    const current = c.channels ?? [];
    const next = on ? CHANNELS.filter((ch) => ch === channel || current.includes(ch)) : current.filter((ch) => ch !== channel);
    onChange({ ...c, channels: next });
  };
  return (
    <li className="criterion-editor" data-testid="criterion-editor" data-criterion={c.id}>
      <fieldset className="criterion-fields">
        <legend>{t('scorecard.criterion.label', { n })}</legend>
        <label htmlFor={id('q')}>{t('scorecard.criterion.question')}</label>
        <input id={id('q')} type="text" value={c.question} maxLength={SCORECARD_LIMITS.question + 50} aria-invalid={c.question.trim() === ''}
          onChange={(e) => onChange({ ...c, question: e.target.value })} />
        <label htmlFor={id('help')}>{t('scorecard.criterion.help')}</label>
        <textarea id={id('help')} rows={2} value={c.help} onChange={(e) => onChange({ ...c, help: e.target.value })} />
        <div className="criterion-row">
          <label>
            {t('scorecard.criterion.scale')}
            <select value={c.scale} onChange={(e) => onChange({ ...c, scale: SCALES.find((s) => s === e.target.value) ?? 'yesno' })}>
              {SCALES.filter((s) => kind !== 'autofail' || s !== '1-5').map((s) => <option key={s} value={s}>{t(`scorecard.criterion.scales.${s}`)}</option>)}
            </select>
          </label>
          {kind === 'autofail' ? null : (
            <label>
              {t('scorecard.criterion.weight')}
              <input type="text" inputMode="decimal" size={5} value={c.weight} onChange={(e) => onChange({ ...c, weight: e.target.value })} />
            </label>
          )}
          <label className="check">
            <input type="checkbox" checked={c.na} onChange={(e) => onChange({ ...c, na: e.target.checked })} />
            {t('scorecard.criterion.na')}
          </label>
        </div>
        <fieldset className="criterion-channels">
          <legend>{t('scorecard.criterion.channels')}</legend>
          <label className="check">
            <input type="checkbox" checked={c.channels === null} onChange={(e) => onChange({ ...c, channels: e.target.checked ? null : [...CHANNELS] })} />
            {t('scorecard.criterion.allChannels')}
          </label>
          {c.channels === null ? null : CHANNELS.map((channel) => (
            <label key={channel} className="check">
              <input type="checkbox" checked={c.channels?.includes(channel) ?? false} onChange={(e) => toggleChannel(channel, e.target.checked)} />
              {t(`channel.${channel}`)}
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="button" className="button small" disabled={n === 1} aria-label={t('scorecard.criterion.up', { n })} onClick={() => onMove(-1)}>↑</button>
          <button type="button" className="button small" disabled={n === count} aria-label={t('scorecard.criterion.down', { n })} onClick={() => onMove(1)}>↓</button>
          <button type="button" className="button ghost small" onClick={onRemove}>{t('scorecard.criterion.remove', { n })}</button>
        </div>
      </fieldset>
    </li>
  );
}
