// The routing page: teams and areas, the ordered rules and the simulator. Supervisors edit and
// save (queued like any change, in force once the server takes it); anyone else reads it.
import { useTranslation } from 'react-i18next';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import { api } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useSettingsSave } from '../../lib/useSettingsSave.ts';
import { Icon } from '../../ui/Icon.tsx';
import { RefusedSetting } from '../../ui/RefusedSetting.tsx';
import { SaveControls } from '../../ui/SaveControls.tsx';
import { RoutingSimulator } from './RoutingSimulator.tsx';
import { checked, formOf, routingWarnings } from './routingForm.ts';
import { RulesEditor } from './RulesEditor.tsx';
import { TeamsEditor } from './TeamsEditor.tsx';
import { routingChanges, useRoutingEditor, type RoutingEditor } from './useRoutingEditor.ts';
import type { PresenceState } from '../../../shared/presence.ts';
import type { RoutingDocument } from '../../../shared/routing/document.ts';
import './routing.css';

/** Each agent's presence as the server read it (the team view), or null when the console has none now. */
export type Presence = ReadonlyMap<string, PresenceState> | null;

export function RoutingPage({ presence }: { presence: Presence }) {
  const { t } = useTranslation();
  const { data: settings, error } = useCacheQuery('business-settings', () => api.getBusinessSettings({}), ['setting', 'outbox']);
  if (!settings) {
    return error
      ? <p className="error" role="alert">{t('routing.loadFailed', { message: errorText(t, error) })}</p>
      : <p className="hint" role="status">{t('routing.loading')}</p>;
  }
  return <RoutingEditorView settings={settings} presence={presence} />;
}

function RoutingEditorView({ settings, presence }: { settings: BusinessSettings; presence: Presence }) {
  const { t } = useTranslation();
  const editor = useRoutingEditor(settings);
  const agents = useCacheQuery('agents', () => api.listAgents({}), ['agent']);
  const readOnly = !settings.canEdit;
  const draft = checked(editor.form);
  // Worth a look, not a reason to refuse: only once the agents are known.
  const warnings = agents.data ? routingWarnings(editor.form, agents.data) : [];
  return (
    <div className="routing-page" data-testid="routing-page">
      {settings.problems.routing ? <p className="notice" role="status">{t('routing.inForceProblem', { message: settings.problems.routing })}</p> : null}
      {agents.error ? <p className="error" role="alert" data-testid="routing-agents-error">{t('routing.agentsFailed', { message: errorText(t, agents.error) })}</p> : null}
      {warnings.length > 0 ? (
        <ul className="notice routing-warnings" data-testid="routing-warnings">
          {warnings.map((w) => w.kind === 'notAgent'
            ? <li key={`${w.team}:${w.member}`}>{t('routing.warnings.notAgent', { team: w.team, member: w.member })}</li>
            : <li key={w.team}>{t('routing.warnings.empty', { team: w.team })}</li>)}
        </ul>
      ) : null}
      <RulesEditor rules={editor.form.rules} readOnly={readOnly} onChange={(rules) => editor.setForm({ ...editor.form, rules })} />
      {/* The simulator beside the rules: each edit below shows its effect here at once. */}
      <RoutingSimulator doc={draft.doc} agents={agents.data ?? []} presence={presence} />
      <TeamsEditor teams={editor.form.teams} readOnly={readOnly} onChange={(teams) => editor.setForm({ ...editor.form, teams })} />
      {readOnly ? null : <RoutingSaveBar settings={settings} editor={editor} problems={draft.problem === null ? [] : [draft.problem]} />}
    </div>
  );
}

function RoutingSaveBar({ settings, editor, problems }: { settings: BusinessSettings; editor: RoutingEditor; problems: string[] }) {
  const { t } = useTranslation();
  const changes = routingChanges(settings);
  const pending = changes.some((c) => c.status === 'pending');
  const { tried, saving, note, failure, problemsRef, save } = useSettingsSave('routing', problems, async () => {
    // Saving runs only once the draft has no problems: its document is the checked one.
    const { doc } = checked(editor.form);
    if (doc) await api.saveRouting({ value: doc, baseVersion: editor.from });
  });
  return (
    <div className="save-bar" data-testid="routing-save-bar">
      {changes.filter((c) => c.status !== 'pending').map((change) => (
        <RefusedSetting key={change.id} change={change} prefix="routing" title={t('routing.refused.title')}
          onRecover={() => (editor.dirty ? editor.rebase() : editor.setForm(formOf(change.value as RoutingDocument)))} />
      ))}
      {pending ? <p className="pending-note" data-testid="routing-pending"><Icon name="clock" />{t('routing.save.pending')}</p> : null}
      <SaveControls prefix="routing" problems={problems} showProblems={tried} problemsRef={problemsRef} dirty={editor.dirty} saving={saving}
        nothing={!editor.dirty && note === null} note={note} failure={failure} onSave={() => void save()} onRevert={editor.revert} />
    </div>
  );
}
