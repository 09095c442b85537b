// Saving the draft as the scorecard's next version, and what became of earlier saves: pending
// until the server takes it (nothing is in force before that), or refused with the reason and a
// way to take the changes up again. Problems are listed in words before anything is queued.
import { useTranslation } from 'react-i18next';
import type { BusinessSettings, SettingChange } from '../../../shared/business-settings.ts';
import type { ScorecardsDocument } from '../../../shared/qa/scorecard.ts';
import { api } from '../../lib/bridge.ts';
import { useSettingsSave } from '../../lib/useSettingsSave.ts';
import { Icon } from '../../ui/Icon.tsx';
import { RefusedSetting } from '../../ui/RefusedSetting.tsx';
import { SaveControls } from '../../ui/SaveControls.tsx';
import { formOf } from './scorecardForm.ts';
import { scorecardChanges, type ScorecardEditorState } from './useScorecardEditor.ts';

export function ScorecardSaveBar({ settings, editor, problems }: { settings: BusinessSettings; editor: ScorecardEditorState; problems: string[] }) {
  const { t } = useTranslation();
  const changes = scorecardChanges(settings);
  const pending = changes.some((c) => c.status === 'pending');
  const refused = changes.filter((c) => c.status !== 'pending');

  const { tried, saving, note, failure, problemsRef, save } = useSettingsSave('scorecard', problems, async () => {
    const next = editor.next();
    await api.saveScorecards({ value: next, baseVersion: editor.from });
    editor.saved(next);
  });
  const nothing = !editor.dirty && note === null;

  return (
    <div className="save-bar" data-testid="scorecard-save-bar">
      {refused.map((change) => <Refused key={change.id} change={change} editor={editor} />)}
      {pending ? <p className="pending-note" data-testid="scorecard-pending"><Icon name="clock" />{t('scorecard.save.pending')}</p> : null}
      <SaveControls prefix="scorecard" problems={problems} showProblems={tried} problemsRef={problemsRef} dirty={editor.dirty} saving={saving}
        nothing={nothing} note={note} failure={failure} onSave={() => void save()} onRevert={editor.revert} />
    </div>
  );
}

function Refused({ change, editor }: { change: SettingChange; editor: ScorecardEditorState }) {
  const { t } = useTranslation();
  // A draft edited since already holds the refused sheet and more: it only moves onto the latest
  // version. Otherwise the refused sheet comes back as the draft, on top of the latest version.
  const recover = () => {
    if (editor.dirty) editor.rebase();
    else editor.setForm(formOf((change.value as ScorecardsDocument).inForce));
  };
  return (
    <RefusedSetting change={change} prefix="scorecard" onRecover={recover} title={t('scorecard.refused.title')} />
  );
}
