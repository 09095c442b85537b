// Saving the supervisor's drafts, and what became of earlier saves: pending until the server
// takes them (nothing is in force before that), or refused with the reason and a way to take the
// changes up again. Problems are listed in words before anything is queued.
import { useTranslation } from 'react-i18next';
import type { AutoReplies } from '../../../shared/autoreply/index.ts';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import type { BusinessHours } from '../../../shared/hours/index.ts';
import type { Retention } from '../../../shared/retention.ts';
import { api } from '../../lib/bridge.ts';
import { useSettingsSave } from '../../lib/useSettingsSave.ts';
import { Icon } from '../../ui/Icon.tsx';
import { RefusedSetting } from '../../ui/RefusedSetting.tsx';
import { SaveControls } from '../../ui/SaveControls.tsx';
import { repliesForm } from './autoReplyForm.ts';
import { retentionDocument, retentionForm } from './retentionForm.ts';
import { hoursPageChanges, type HoursPageChange } from './startingDrafts.ts';
import type { HoursEditor } from './useHoursEditor.ts';

interface Props {
  settings: BusinessSettings;
  editor: HoursEditor;
  /** The drafts' problems, already in words. */
  problems: string[];
}

export function SaveBar({ settings, editor, problems }: Props) {
  const { t } = useTranslation();
  const dirty = editor.hoursDirty || editor.repliesDirty || editor.retentionDirty;
  const changes = hoursPageChanges(settings);
  const pending = changes.filter((c) => c.status === 'pending');
  const refused = changes.filter((c) => c.status !== 'pending');

  const { tried, saving, note, failure, problemsRef, save } = useSettingsSave('hours', problems, async () => {
    if (editor.hoursDirty) {
      await api.saveBusinessHours({ value: editor.hours, baseVersion: editor.from.business_hours });
      editor.saved('business_hours', editor.hours);
    }
    if (editor.repliesDirty) {
      await api.saveAutoReplies({ value: editor.repliesDocument, baseVersion: editor.from.auto_replies });
      editor.saved('auto_replies', editor.repliesDocument);
    }
    if (editor.retentionDirty) {
      const retention = retentionDocument(editor.retention);
      await api.saveRetention({ value: retention, baseVersion: editor.from.retention });
      editor.saved('retention', retention);
    }
  });
  // Right after a save its note says enough.
  const nothing = !dirty && note === null;

  return (
    <div className="save-bar" data-testid="hours-save-bar">
      {refused.map((change) => <Refused key={change.id} change={change} editor={editor} />)}
      {pending.length > 0 ? (
        <p className="pending-note" data-testid="hours-pending">
          <Icon name="clock" />
          {t('hours.save.pending', { what: [...new Set(pending.map((c) => t(`hours.what.${c.settingId}`)))].join(', ') })}
        </p>
      ) : null}
      {/* Nothing to save until the drafts differ from what is saved: the button is off, and says why. */}
      <SaveControls prefix="hours" problems={problems} showProblems={tried} problemsRef={problemsRef} dirty={dirty} saving={saving}
        nothing={nothing} note={note} failure={failure} onSave={() => void save()} onRevert={editor.revert} />
    </div>
  );
}

function Refused({ change, editor }: { change: HoursPageChange; editor: HoursEditor }) {
  const { t } = useTranslation();
  // The page already shows the latest version. Taking the changes up again puts the refused
  // document back on top of it, to review and save; a draft edited since the save already holds
  // it (and what came after), so it is kept as typed and only moved onto the latest version.
  const recover = () => {
    const dirty = { business_hours: editor.hoursDirty, auto_replies: editor.repliesDirty, retention: editor.retentionDirty }[change.settingId];
    if (dirty) editor.rebase(change.settingId);
    else if (change.settingId === 'business_hours') editor.setHours(change.value as BusinessHours);
    else if (change.settingId === 'auto_replies') editor.setReplies(repliesForm(change.value as AutoReplies));
    else editor.setRetention(retentionForm(change.value as Retention));
  };
  return (
    <RefusedSetting change={change} prefix="hours" onRecover={recover} title={t('hours.refused.title', { what: t(`hours.what.${change.settingId}`) })} />
  );
}
