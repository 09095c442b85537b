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
import { RefusedSetting } from '../../ui/RefusedSetting.tsx';
import { SaveControls } from '../../ui/SaveControls.tsx';
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
      <SaveControls prefix="scorecard" problems={problems} showProblems={tried} problemsRef={problemsRef} dirty={editor.dirty} saving={saving}
        nothing={nothing} note={note} failure={failure} onSave={() => void save()} onRevert={editor.revert}
        text={{
          problems: t('scorecard.save.problems'), save: t('scorecard.save.save'), saving: t('scorecard.save.saving'), nothing: t('scorecard.save.nothing'),
          revert: t('scorecard.save.revert'), unsaved: t('scorecard.save.unsaved'),
        }} />
    </div>
  );
}

const REFUSALS = ['not_supervisor', 'invalid_setting', 'stale_setting'] as const satisfies readonly RefusalReason[];

function Refused({ change, editor }: { change: SettingChange; editor: ScorecardEditorState }) {
  const { t } = useTranslation();
  const known = REFUSALS.find((r) => r === change.reason);
  // A draft edited since already holds the refused sheet and more: it only moves onto the latest
  // version. Otherwise the refused sheet comes back as the draft, on top of the latest version.
  const recover = () => {
    if (editor.dirty) editor.rebase();
    else editor.setForm(formOf((change.value as ScorecardsDocument).inForce));
  };
  return (
    <RefusedSetting change={change} testId="scorecard-refused" onRecover={recover} title={t('scorecard.refused.title')}
      text={known ? t(`scorecard.refused.${known}`, { message: change.message ?? '' }) : t('scorecard.refused.other', { message: change.message ?? change.reason ?? '' })}
      recoverLabel={t('scorecard.refused.recover')} dismissLabel={t('scorecard.refused.dismiss')} />
  );
}
