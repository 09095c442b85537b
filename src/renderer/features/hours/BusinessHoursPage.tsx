// "Horario y respuestas automáticas": when the company is open, what customers get out of
// hours, and how long consoles keep what they wrote. Agents read a summary (and may try the
// simulator); supervisors edit, see the week and
// the simulator follow their drafts before saving, and save them like any change, offline too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOURS_PAGE_SETTINGS, type BusinessSettings } from '../../../shared/business-settings.ts';
import { isTimeZone } from '../../../shared/hours/wall-clock.ts';
import { errorText } from '../../lib/errorText.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { AutoReplyEditor } from './AutoReplyEditor.tsx';
import { addSchedule, hoursProblems, removeSchedule, replaceSchedule } from './hoursDraft.ts';
import { repliesProblems } from './autoReplyForm.ts';
import { hoursProblemText, repliesProblemText, retentionProblemText } from './problemText.ts';
import { RetentionSection } from './RetentionSection.tsx';
import { retentionProblems } from './retentionForm.ts';
import { HoursSummary } from './HoursSummary.tsx';
import { SaveBar } from './SaveBar.tsx';
import { ScheduleEditor } from './ScheduleEditor.tsx';
import { Simulator } from './Simulator.tsx';
import { useBusinessSettings } from './useBusinessSettings.ts';
import { useHoursEditor } from './useHoursEditor.ts';
import { WeekView } from './WeekView.tsx';
import { agentTimeZone } from './zoneTime.ts';

export function BusinessHoursPage() {
  const { t } = useTranslation();
  const { data: settings, error } = useBusinessSettings();
  if (!settings) {
    return error
      ? <p className="error" role="alert">{t('hours.loadFailed', { message: errorText(t, error) })}</p>
      : <p className="hint" role="status">{t('hours.loading')}</p>;
  }
  return settings.canEdit ? <HoursEditorView settings={settings} /> : <HoursReadView settings={settings} />;
}

/** An agent's page: the summary, and the simulator on the documents in force. */
function HoursReadView({ settings }: { settings: BusinessSettings }) {
  const { t } = useTranslation();
  const agentZone = agentTimeZone();
  const firstZone = settings.hours.schedules[0]?.timeZone ?? '';
  return (
    <div className="hours-page" data-testid="hours-page" data-can-edit={false}>
      <p className="hint">{t('hours.introAgent')}</p>
      <InForceProblems settings={settings} />
      <HoursSummary settings={settings} />
      <Simulator draft={{ hours: settings.hours, replies: settings.replies }} defaultZone={isTimeZone(firstZone) ? firstZone : agentZone}
        agentZone={agentZone} dirty={false} />
      <RetentionSection canEdit={false} retention={settings.retention} />
    </div>
  );
}

function InForceProblems({ settings }: { settings: BusinessSettings }) {
  const { t } = useTranslation();
  return HOURS_PAGE_SETTINGS.map((id) => (settings.problems[id] ? (
    <p key={id} className="error" role="alert">{t('hours.inForceProblem', { what: t(`hours.what.${id}`), message: settings.problems[id] })}</p>
  ) : null));
}

function HoursEditorView({ settings }: { settings: BusinessSettings }) {
  const { t } = useTranslation();
  const editor = useHoursEditor(settings);
  const [picked, setPicked] = useState(0);
  const draft = useDebounced(editor.draft, 300);
  const { hours } = editor;
  const { canEdit } = settings;
  const index = Math.min(picked, hours.schedules.length - 1);
  const schedule = hours.schedules[index];
  const agentZone = agentTimeZone();
  const firstZone = hours.schedules[0]?.timeZone ?? '';
  const problems = [
    ...hoursProblems(hours).map((p) => hoursProblemText(t, p)),
    ...repliesProblems(editor.replies).map((p) => repliesProblemText(t, p)),
    ...retentionProblems(editor.retention).map((p) => retentionProblemText(t, p)),
  ];

  return (
    <div className="hours-page" data-testid="hours-page" data-can-edit={canEdit}>
      <p className="hint">{canEdit ? t('hours.introSupervisor') : t('hours.introAgent')}</p>
      <InForceProblems settings={settings} />
      <SaveBar settings={settings} editor={editor} problems={problems} />

      <section className="hours-section" aria-labelledby="schedules-title">
        <h3 id="schedules-title">{t('hours.schedules')}</h3>
        <div className="schedule-chooser">
          <label htmlFor="schedule-pick">{t('hours.schedule')}</label>
          <select id="schedule-pick" value={index} data-testid="schedule-pick" onChange={(e) => setPicked(Number(e.target.value))}>
            {hours.schedules.map((s, i) => <option key={s.id} value={i}>{s.name || s.id}</option>)}
          </select>
          {canEdit ? (
            <>
              <button type="button" className="button small" onClick={() => {
                editor.setHours(addSchedule(hours, t('hours.newScheduleName')));
                setPicked(hours.schedules.length);
              }}>+ {t('hours.addSchedule')}</button>
              {hours.schedules.length > 1 ? (
                <button type="button" className="button ghost small" onClick={() => {
                  editor.setHours(removeSchedule(hours, index));
                  setPicked(0);
                }}>{t('hours.removeSchedule')}</button>
              ) : null}
            </>
          ) : null}
        </div>
        {schedule ? (
          <fieldset className="hours-fieldset" disabled={!canEdit}>
            <legend className="sr-only">{schedule.name}</legend>
            <ScheduleEditor key={schedule.id} schedule={schedule} markets={settings.markets}
              isDefault={schedule.channels.length === 0 && hours.schedules.findIndex((s) => s.channels.length === 0) === index}
              onChange={(next) => editor.setHours(replaceSchedule(hours, index, next))} />
          </fieldset>
        ) : null}
      </section>

      {schedule ? <WeekView draft={draft} scheduleId={schedule.id} scheduleZone={schedule.timeZone} agentZone={agentZone} /> : null}
      <AutoReplyEditor form={editor.replies} canEdit={canEdit} onChange={editor.setReplies} />
      <Simulator draft={draft} defaultZone={isTimeZone(firstZone) ? firstZone : agentZone} agentZone={agentZone}
        dirty={editor.hoursDirty || editor.repliesDirty} />
      <RetentionSection canEdit form={editor.retention} onChange={editor.setRetention} />
    </div>
  );
}
