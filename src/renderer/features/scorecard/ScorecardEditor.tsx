// "Planilla de evaluación": the QA scorecard. Supervisors edit it (sections, criteria, the bonus
// cap), see a live example score of their draft, and save it as a new version like any change,
// offline too; reviews keep the version they used. Agents read the sheet they are scored with.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import { SECTION_KINDS, SCORECARD_LIMITS } from '../../../shared/qa/scorecard.ts';
import { api } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { ExampleScore } from './ExampleScore.tsx';
import { problemText } from './problemText.ts';
import { ScorecardSaveBar } from './ScorecardSaveBar.tsx';
import { ScorecardView } from './ScorecardView.tsx';
import { cardOf, formProblems, moved, newSection, removed, replaced } from './scorecardForm.ts';
import { SectionEditor } from './SectionEditor.tsx';
import { useScorecardEditor } from './useScorecardEditor.ts';
import './scorecard.css';

export function ScorecardEditor() {
  const { t } = useTranslation();
  // The same read as the business-hours page: a pull may bring a new version, a sync settles a save.
  const { data: settings, error } = useCacheQuery('business-settings', () => api.getBusinessSettings({}), ['setting', 'outbox']);
  if (!settings) {
    return error
      ? <p className="error" role="alert">{t('scorecard.loadFailed', { message: errorText(t, error) })}</p>
      : <p className="hint" role="status">{t('scorecard.loading')}</p>;
  }
  return (
    <div className="scorecard-page" data-testid="scorecard-page" data-can-edit={settings.canEdit}>
      {settings.problems.qa_scorecards ? (
        <p className="error" role="alert">{t('scorecard.inForceProblem', { message: settings.problems.qa_scorecards })}</p>
      ) : null}
      <p className="hint">{t('scorecard.inForce', { name: settings.scorecards.inForce.name, version: settings.scorecards.inForce.version })}</p>
      {settings.canEdit ? <EditorView settings={settings} /> : (
        <>
          <p className="hint">{t('scorecard.introAgent')}</p>
          <ScorecardView card={settings.scorecards.inForce} />
        </>
      )}
    </div>
  );
}

function EditorView({ settings }: { settings: BusinessSettings }) {
  const { t } = useTranslation();
  const editor = useScorecardEditor(settings);
  const { form, setForm } = editor;
  const problems = useMemo(() => formProblems(form), [form]);
  const words = problems.map((p) => problemText(t, p));
  // The example follows the draft once typing settles, and only a valid one.
  const settled = useDebounced(form, 250);
  const example = useMemo(() => (formProblems(settled).length === 0 ? cardOf(settled, 1) : null), [settled]);
  const sections = (next: typeof form.sections) => setForm({ ...form, sections: next });

  return (
    <>
      <p className="hint">{t('scorecard.intro')}</p>
      <ScorecardSaveBar settings={settings} editor={editor} problems={words} />
      <div className="scorecard-head">
        <label>
          {t('scorecard.name')}
          <input type="text" value={form.name} maxLength={SCORECARD_LIMITS.name} aria-invalid={form.name.trim() === ''}
            onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          {t('scorecard.bonusCap')}
          <input type="text" inputMode="decimal" size={5} value={form.bonusCap} aria-describedby="bonus-cap-help"
            onChange={(e) => setForm({ ...form, bonusCap: e.target.value })} />
        </label>
        <p id="bonus-cap-help" className="hint">{t('scorecard.bonusCapHelp')}</p>
      </div>
      {form.sections.map((section, i) => (
        <SectionEditor key={section.id} section={section} n={i + 1} count={form.sections.length}
          onChange={(next) => sections(replaced(form.sections, i, next))}
          onMove={(by) => sections(moved(form.sections, i, by))}
          onRemove={() => sections(removed(form.sections, i))} />
      ))}
      <div className="button-row">
        {SECTION_KINDS.map((kind) => (
          <button key={kind} type="button" className="button small" disabled={form.sections.length >= SCORECARD_LIMITS.sections}
            onClick={() => sections([...form.sections, newSection(kind, t(`scorecard.newTitle.${kind}`))])}>
            + {t('scorecard.section.add', { kind: t(`scorecard.kinds.${kind}`) })}
          </button>
        ))}
      </div>
      <ExampleScore card={example} />
    </>
  );
}
