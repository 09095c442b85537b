// Saving the supervisor's drafts, and what became of earlier saves: pending until the server
// takes them (nothing is in force before that), or refused with the reason and a way to take the
// changes up again. Problems are listed in words before anything is queued.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoReplies } from '../../../shared/autoreply/index.ts';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import type { RefusalReason } from '../../../shared/errors.ts';
import type { BusinessHours } from '../../../shared/hours/index.ts';
import type { Retention } from '../../../shared/retention.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
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
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  // Each refused save attempt takes the supervisor to the list, once it is on screen.
  const [showProblems, setShowProblems] = useState(0);
  useEffect(() => {
    if (showProblems > 0) problemsRef.current?.focus();
  }, [showProblems]);
  const dirty = editor.hoursDirty || editor.repliesDirty || editor.retentionDirty;
  // Right after a save its note says enough.
  const nothing = !dirty && note === null;
  const changes = hoursPageChanges(settings);
  const pending = changes.filter((c) => c.status === 'pending');
  const refused = changes.filter((c) => c.status !== 'pending');

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
      setTried(false);
      setNote(t('hours.save.saved'));
    } catch (error) {
      setFailure(t('hours.save.failed', { message: errorText(t, contractError(error)) }));
    } finally {
      setSaving(false);
    }
  };

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
        nothing={nothing} note={note} failure={failure} onSave={() => void save()} onRevert={editor.revert}
        text={{
          problems: t('hours.save.problems'), save: t('hours.save.save'), saving: t('hours.save.saving'), nothing: t('hours.save.nothing'),
          revert: t('hours.save.revert'), unsaved: t('hours.save.unsaved'),
        }} />
    </div>
  );
}

const REFUSALS = ['not_supervisor', 'invalid_setting', 'stale_setting'] as const satisfies readonly RefusalReason[];

function Refused({ change, editor }: { change: HoursPageChange; editor: HoursEditor }) {
  const { t } = useTranslation();
  const known = REFUSALS.find((r) => r === change.reason);
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
    <RefusedSetting change={change} testId="hours-refused" onRecover={recover}
      title={t('hours.refused.title', { what: t(`hours.what.${change.settingId}`) })}
      text={known ? t(`hours.refused.${known}`, { message: change.message ?? '' }) : t('hours.refused.other', { message: change.message ?? change.reason ?? '' })}
      recoverLabel={t('hours.refused.recover')} dismissLabel={t('hours.refused.dismiss')} />
  );
}
