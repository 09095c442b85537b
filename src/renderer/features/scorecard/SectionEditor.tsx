// One section of the sheet: its title and kind, and its criteria, added, removed and reordered.
import { useTranslation } from 'react-i18next';
import { SECTION_KINDS, SCORECARD_LIMITS } from '../../../shared/qa/scorecard.ts';
import { CriterionEditor } from './CriterionEditor.tsx';
import { moved, newCriterion, removed, replaced, type SectionForm } from './scorecardForm.ts';

interface Props {
  section: SectionForm;
  n: number;
  count: number;
  onChange: (next: SectionForm) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

export function SectionEditor({ section, n, count, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const titleId = `section-${section.id}-title`;
  const criteria = (next: SectionForm['criteria']) => onChange({ ...section, criteria: next });
  return (
    <section className={`scorecard-section kind-${section.kind}`} aria-label={t('scorecard.section.label', { n, title: section.title })}
      data-testid="scorecard-section" data-kind={section.kind}>
      <div className="section-head">
        <label htmlFor={titleId}>{t('scorecard.section.title')}</label>
        <input id={titleId} type="text" value={section.title} maxLength={SCORECARD_LIMITS.title} aria-invalid={section.title.trim() === ''}
          onChange={(e) => onChange({ ...section, title: e.target.value })} />
        <label>
          {t('scorecard.section.kind')}
          <select value={section.kind} onChange={(e) => onChange({ ...section, kind: SECTION_KINDS.find((k) => k === e.target.value) ?? 'standard' })}>
            {SECTION_KINDS.map((k) => <option key={k} value={k}>{t(`scorecard.kinds.${k}`)}</option>)}
          </select>
        </label>
        <div className="button-row">
          <button type="button" className="button small" disabled={n === 1} aria-label={t('scorecard.section.up', { n })} onClick={() => onMove(-1)}>↑</button>
          <button type="button" className="button small" disabled={n === count} aria-label={t('scorecard.section.down', { n })} onClick={() => onMove(1)}>↓</button>
          <button type="button" className="button ghost small" onClick={onRemove}>{t('scorecard.section.remove')}</button>
        </div>
      </div>
      <p className="hint">{t(`scorecard.kindHelp.${section.kind}`)}</p>
      {section.criteria.length === 0 ? <p className="hint">{t('scorecard.section.empty')}</p> : (
        <ol className="criteria-list">
          {section.criteria.map((c, i) => (
            <CriterionEditor key={c.id} criterion={c} kind={section.kind} n={i + 1} count={section.criteria.length}
              onChange={(next) => criteria(replaced(section.criteria, i, next))}
              onMove={(by) => criteria(moved(section.criteria, i, by))}
              onRemove={() => criteria(removed(section.criteria, i))} />
          ))}
        </ol>
      )}
      <button type="button" className="button small add-criterion" onClick={() => criteria([...section.criteria, newCriterion(section.kind)])}>
        + {t('scorecard.criterion.add')}
      </button>
    </section>
  );
}
