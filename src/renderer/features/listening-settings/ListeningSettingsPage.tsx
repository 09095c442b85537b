// The listening settings page: the brand keywords with their misspellings, whether each is also
// an everyday word, the company's accounts, and a preview of what the server would do with a
// post. Supervisors edit and save (queued like any change, in force once the server takes it);
// anyone else reads it.
import { useTranslation } from 'react-i18next';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import type { ListeningDocument } from '../../../shared/listening/document.ts';
import { api } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useSettingsSave } from '../../lib/useSettingsSave.ts';
import { settingChanges, useSettingDraft, type SettingDraft } from '../../lib/useSettingDraft.ts';
import { Icon } from '../../ui/Icon.tsx';
import { RefusedSetting } from '../../ui/RefusedSetting.tsx';
import { SaveControls } from '../../ui/SaveControls.tsx';
import { KeywordsEditor } from './KeywordsEditor.tsx';
import { ListeningPreview } from './ListeningPreview.tsx';
import { checked, formOf, type ListeningForm } from './listeningForm.ts';
import './listening-settings.css';

const inForce = (settings: BusinessSettings) => settings.listening;

export function ListeningSettingsPage() {
  const { t } = useTranslation();
  const { data: settings, error } = useCacheQuery('business-settings', () => api.getBusinessSettings({}), ['setting', 'outbox']);
  if (!settings) {
    return error
      ? <p className="error" role="alert">{t('listeningSettings.loadFailed', { message: errorText(t, error) })}</p>
      : <p className="hint" role="status">{t('listeningSettings.loading')}</p>;
  }
  return <ListeningEditorView settings={settings} />;
}

function ListeningEditorView({ settings }: { settings: BusinessSettings }) {
  const { t } = useTranslation();
  const editor = useSettingDraft(settings, 'listening', inForce, formOf);
  const readOnly = !settings.canEdit;
  const draft = checked(editor.form);
  return (
    <div className="listening-settings" data-testid="listening-settings">
      <p className="hint">{t('listeningSettings.intro')}</p>
      {settings.problems.listening ? <p className="notice" role="status">{t('listeningSettings.inForceProblem', { message: settings.problems.listening })}</p> : null}
      <KeywordsEditor keywords={editor.form.keywords} readOnly={readOnly} onChange={(keywords) => editor.setForm({ ...editor.form, keywords })} />
      <label className="listening-handles">{t('listeningSettings.handles')}{' '}
        <input value={editor.form.handles} disabled={readOnly} data-testid="listening-settings-handles" onChange={(e) => editor.setForm({ ...editor.form, handles: e.target.value })} />
      </label>
      {/* Beside the fields: each edit shows its effect on the post at once. */}
      <ListeningPreview doc={draft.doc} />
      {readOnly ? null : <ListeningSaveBar settings={settings} editor={editor} problems={draft.problem === null ? [] : [draft.problem]} />}
    </div>
  );
}

function ListeningSaveBar({ settings, editor, problems }: { settings: BusinessSettings; editor: SettingDraft<ListeningForm>; problems: string[] }) {
  const { t } = useTranslation();
  const changes = settingChanges(settings, 'listening');
  const pending = changes.some((c) => c.status === 'pending');
  const { tried, saving, note, failure, problemsRef, save } = useSettingsSave('listeningSettings', problems, async () => {
    // Saving runs only once the draft has no problems: its document is the checked one.
    const { doc } = checked(editor.form);
    if (doc) await api.saveListening({ value: doc, baseVersion: editor.from });
  });
  return (
    <div className="save-bar" data-testid="listening-settings-save-bar">
      {changes.filter((c) => c.status !== 'pending').map((change) => (
        <RefusedSetting key={change.id} change={change} prefix="listeningSettings" title={t('listeningSettings.refused.title')}
          onRecover={() => (editor.dirty ? editor.rebase() : editor.setForm(formOf(change.value as ListeningDocument)))} />
      ))}
      {pending ? <p className="pending-note" data-testid="listening-settings-pending"><Icon name="clock" />{t('listeningSettings.save.pending')}</p> : null}
      <SaveControls prefix="listeningSettings" problems={problems} showProblems={tried} problemsRef={problemsRef} dirty={editor.dirty} saving={saving}
        nothing={!editor.dirty && note === null} note={note} failure={failure} onSave={() => void save()} onRevert={editor.revert} />
    </div>
  );
}
