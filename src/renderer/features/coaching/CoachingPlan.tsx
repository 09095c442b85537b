// The guide's coaching plan for one agent: the objectives set from the scorecard and the quality
// reviews, and a note per weekly one-on-one (newest week first). A supervisor of the agent's team
// adds, edits and removes them, offline too (shown "por enviar" until confirmed); the agent reads
// them. What people wrote is shown as text.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachingNote, CoachingObjective, CoachingPlanView } from '../../../shared/coaching/plan.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { NoteForm } from './NoteForm.tsx';
import { ObjectiveForm } from './ObjectiveForm.tsx';
import { localDay, useCoachingPlan } from './useCoachingPlan.ts';

/** What is being edited: a row's id, or NEW for the form that adds one (ids are UUIDs or "agent/week"). */
const NEW = 'new';

export function CoachingPlan({ agent }: { agent: string }) {
  const { t } = useTranslation();
  const query = useCoachingPlan(agent);
  const plan = query.data;
  return (
    <section className="coaching-plan" data-testid="coaching-plan" data-agent={agent} aria-labelledby={`coaching-${agent}`}>
      <h2 id={`coaching-${agent}`}>{plan?.agentName ? t('coaching.titleFor', { name: plan.agentName }) : t('coaching.title')}</h2>
      {query.error ? <p role="alert" className="error">{errorText(t, query.error)}</p> : null}
      {plan && !plan.canEdit ? <p className="hint" data-testid="coaching-read-only">{t('coaching.readOnly')}</p> : null}
      {plan ? <Refused plan={plan} /> : null}
      {plan ? <Objectives plan={plan} /> : null}
      {plan ? <Notes plan={plan} /> : null}
    </section>
  );
}

function Refused({ plan }: { plan: CoachingPlanView }) {
  const { t } = useTranslation();
  if (plan.refused.length === 0) return null;
  return (
    <ul className="coaching-refused">
      {plan.refused.map((r) => (
        <li key={r.id} className="refused" data-testid="coaching-refused" data-reason={r.reason ?? ''}>
          <span role="alert">{t('coaching.refused', { message: errorText(t, { code: r.reason ?? '', message: r.message ?? '' }) })}</span>{' '}
          <button type="button" className="button ghost" onClick={() => { void api.dismissMutation({ id: r.id }).catch(() => undefined); }}>{t('coaching.dismiss')}</button>
        </li>
      ))}
    </ul>
  );
}

/** One list of the plan (objectives or notes): its title, the add button for who may write, the add or edit form in place. */
interface BlockProps<T extends { id: string }> {
  title: string;
  addLabel: string;
  addTestId: string;
  empty: string;
  items: readonly T[];
  canEdit: boolean;
  form: (item: T | undefined, done: () => void) => ReactNode;
  row: (item: T, edit: () => void) => ReactNode;
  rowProps: (item: T) => Record<string, string | boolean>;
}

function PlanBlock<T extends { id: string }>({ title, addLabel, addTestId, empty, items, canEdit, form, row, rowProps }: BlockProps<T>) {
  const [editing, setEditing] = useState<string | null>(null);
  const done = () => setEditing(null);
  return (
    <div className="coaching-block">
      <div className="coaching-bar">
        <h3>{title}</h3>
        {canEdit && editing === null ? <button type="button" className="button" data-testid={addTestId} onClick={() => setEditing(NEW)}>{addLabel}</button> : null}
      </div>
      {editing === NEW ? form(undefined, done) : null}
      {items.length === 0 && editing !== NEW ? <p className="hint">{empty}</p> : null}
      <ul className="coaching-list">
        {items.map((item) => (
          <li key={item.id} {...rowProps(item)}>{editing === item.id ? form(item, done) : row(item, () => setEditing(item.id))}</li>
        ))}
      </ul>
    </div>
  );
}

function Objectives({ plan }: { plan: CoachingPlanView }) {
  const { t } = useTranslation();
  return (
    <PlanBlock title={t('coaching.objectives')} addLabel={t('coaching.add')} addTestId="coaching-add-objective" empty={t('coaching.noObjectives')}
      items={plan.objectives} canEdit={plan.canEdit}
      form={(o, done) => <ObjectiveForm agent={plan.agent} {...(o ? { objective: o } : {})} onDone={done} />}
      row={(o, edit) => <ObjectiveItem objective={o} canEdit={plan.canEdit} onEdit={edit} />}
      rowProps={(o) => ({ 'data-testid': 'coaching-objective', 'data-metric': o.metric, 'data-pending': o.pending })} />
  );
}

function ObjectiveItem({ objective: o, canEdit, onEdit }: { objective: CoachingObjective; canEdit: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const { day, locale } = useFormatters();
  const [error, setError] = useState<string | null>(null);
  const remove = () => {
    setError(null);
    api.removeCoachingObjective({ objectiveId: o.id }).catch((failure: unknown) => setError(t('coaching.failed', { message: errorText(t, contractError(failure)) })));
  };
  return (
    <>
      <p className="coaching-line">
        <strong>{t('coaching.objectiveLine', {
          metric: t(`coaching.metrics.${o.metric}`), comparison: t(`coaching.comparisons.${o.comparison}`), target: o.target.toLocaleString(locale),
        })}</strong>
        {' · '}{o.due ? t('coaching.dueLine', { date: day(localDay(o.due)) }) : t('coaching.noDue')}
        {o.pending ? <span className="coaching-pending" data-testid="coaching-pending">{t('coaching.pending')}</span> : null}
      </p>
      {o.note ? <p className="coaching-text">{o.note}</p> : null}
      {canEdit ? (
        <div className="button-row">
          <button type="button" className="button ghost" data-testid="coaching-edit-objective" onClick={onEdit}>{t('coaching.edit')}</button>
          <button type="button" className="button ghost" data-testid="coaching-remove-objective" onClick={remove}>{t('coaching.remove')}</button>
        </div>
      ) : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
    </>
  );
}

function Notes({ plan }: { plan: CoachingPlanView }) {
  const { t } = useTranslation();
  return (
    <PlanBlock title={t('coaching.notes')} addLabel={t('coaching.addNote')} addTestId="coaching-add-note" empty={t('coaching.noNotes')}
      items={plan.notes} canEdit={plan.canEdit}
      form={(n, done) => <NoteForm agent={plan.agent} {...(n ? { note: n } : {})} onDone={done} />}
      row={(n, edit) => <NoteItem note={n} canEdit={plan.canEdit} onEdit={edit} />}
      rowProps={(n) => ({ 'data-testid': 'coaching-week-note', 'data-week': n.week, 'data-pending': n.pending })} />
  );
}

function NoteItem({ note: n, canEdit, onEdit }: { note: CoachingNote; canEdit: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const { day, when } = useFormatters();
  return (
    <>
      <p className="coaching-line">
        <strong>{t('coaching.weekOf', { date: day(localDay(n.week)) })}</strong>
        {' · '}{t('coaching.noteBy', { who: n.byName, when: when(n.updatedAt) })}
        {n.pending ? <span className="coaching-pending" data-testid="coaching-pending">{t('coaching.pending')}</span> : null}
      </p>
      <p className="coaching-text">{n.text}</p>
      {canEdit ? <button type="button" className="button ghost" data-testid="coaching-edit-note" onClick={onEdit}>{t('coaching.editNote')}</button> : null}
    </>
  );
}
