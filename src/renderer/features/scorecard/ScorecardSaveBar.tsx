// Saving the draft as the scorecard's next version, and what became of earlier saves: pending
// until the server takes it (nothing is in force before that), or refused with the reason and a
// way to take the changes up again. Problems are listed in words before anything is queued.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessSettings, SettingChange } from '../../../shared/business-settings.ts';
import type { RefusalReason } from '../../../shared/errors.ts';
import type { ScorecardsDocument } from '../../../shared/qa/scorecard.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Icon } from '../../ui/Icon.tsx';
import { formOf } from './scorecardForm.ts';
import { scorecardChanges, type ScorecardEditorState } from './useScorecardEditor.ts';

export function ScorecardSaveBar({ settings, editor, problems }: { settings: BusinessSettings; editor: ScorecardEditorState; problems: string[] }) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const [showProblems, setShowProblems] = useState(0);
  useEffect(() => {
    if (showProblems > 0) problemsRef.current?.focus();
  }, [showProblems]);
  const changes = scorecardChanges(settings);
  const pending = changes.some((c) => c.status === 'pending');
  const refused = changes.filter((c) => c.status !== 'pending');
  const nothing = !editor.dirty && note === null;

  const save = async () => {
    setTried(true);
    setNote(null);
    setFailure(null);
    if (problems.length > 0) {
      setShowProblems((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const next = editor.next();
      await api.saveScorecards({ value: next, baseVersion: editor.from });
      editor.saved(next);
      setTried(false);
      setNote(t('scorecard.save.saved'));
    } catch (error) {
      setFailure(t('scorecard.save.failed', { message: errorText(t, contractError(error)) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="save-bar" data-testid="scorecard-save-bar">
      {refused.map((change) => <Refused key={change.id} change={change} editor={editor} />)}
      {pending ? <p className="pending-note" data-testid="scorecard-pending"><Icon name="clock" />{t('scorecard.save.pending')}</p> : null}
      {tried && problems.length > 0 ? (
        <div ref={problemsRef} tabIndex={-1} className="hours-problems" role="alert" data-testid="scorecard-problems">
          <p>{t('scorecard.save.problems')}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button primary" data-testid="scorecard-save" disabled={saving || !editor.dirty}
          aria-describedby={nothing ? 'scorecard-save-nothing' : undefined} onClick={() => void save()}>
          {saving ? t('scorecard.save.saving') : t('scorecard.save.save')}
        </button>
        {nothing ? <span id="scorecard-save-nothing" className="hint">{t('scorecard.save.nothing')}</span> : null}
        {editor.dirty ? (
          <>
            <button type="button" className="button" onClick={editor.revert}>{t('scorecard.save.revert')}</button>
            <span className="unsaved" data-testid="scorecard-unsaved"><Icon name="dot" />{t('scorecard.save.unsaved')}</span>
          </>
        ) : null}
      </div>
      <p role="status" className="hint" data-testid="scorecard-save-note">{note}</p>
      {failure ? <p className="error" role="alert">{failure}</p> : null}
    </div>
  );
}

const REFUSALS = ['not_supervisor', 'invalid_setting', 'stale_setting'] as const satisfies readonly RefusalReason[];

function Refused({ change, editor }: { change: SettingChange; editor: ScorecardEditorState }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const known = REFUSALS.find((r) => r === change.reason);
  // A draft edited since already holds the refused sheet and more: it only moves onto the latest
  // version. Otherwise the refused sheet comes back as the draft, on top of the latest version.
  const recover = () => {
    if (editor.dirty) editor.rebase();
    else editor.setForm(formOf((change.value as ScorecardsDocument).inForce));
  };
  const dismiss = () => api.dismissMutation({ id: change.id }).catch((error: unknown) => setFailure(errorText(t, contractError(error))));
  return (
    <div className="refused-setting" role="alert" data-testid="scorecard-refused" data-reason={change.reason ?? ''}>
      <p className="refused-title"><Icon name="warning" /><strong>{t('scorecard.refused.title')}</strong></p>
      <p>{known ? t(`scorecard.refused.${known}`, { message: change.message ?? '' }) : t('scorecard.refused.other', { message: change.message ?? change.reason ?? '' })}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={recover}>{t('scorecard.refused.recover')}</button>
        <button type="button" className="button ghost" onClick={() => void dismiss()}>{t('scorecard.refused.dismiss')}</button>
      </div>
      {failure ? <p className="error">{failure}</p> : null}
    </div>
  );
}
