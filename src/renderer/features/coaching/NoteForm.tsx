// The note of a weekly one-on-one: the week (any day picked is taken to its Monday) and what was
// talked about. Saving a week that has a note rewrites it: one note per week.
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COACHING_NOTE_MAX, mondayOf, type CoachingNote } from '../../../shared/coaching/plan.ts';
import { api } from '../../lib/bridge.ts';
import { today } from './useCoachingPlan.ts';
import { usePlanSave } from './usePlanSave.ts';

interface Props {
  agent: string;
  note?: CoachingNote;
  onDone: () => void;
}

export function NoteForm({ agent, note, onDone }: Props) {
  const { t } = useTranslation();
  const ids = { week: useId(), text: useId(), problem: useId() };
  const [week, setWeek] = useState(note?.week ?? mondayOf(today()));
  const [text, setText] = useState(note?.text ?? '');
  const { problem, setProblem, busy, save } = usePlanSave(onDone);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem(t('coaching.textRequired'));
      return;
    }
    save(() => api.saveCoachingNote({ agent, week: mondayOf(week || today()), text }));
  };

  return (
    <form className="form coaching-form" noValidate onSubmit={submit} data-testid="coaching-note-form">
      <label htmlFor={ids.week}>{t('coaching.week')}</label>
      <input id={ids.week} type="date" value={week} disabled={note !== undefined} data-testid="coaching-week" onChange={(e) => setWeek(e.target.value)} />
      <label htmlFor={ids.text}>{t('coaching.noteText')}</label>
      <textarea id={ids.text} rows={4} maxLength={COACHING_NOTE_MAX} value={text} data-testid="coaching-note-text"
        aria-invalid={problem !== null && text.trim() === ''} aria-describedby={problem ? ids.problem : undefined} onChange={(e) => setText(e.target.value)} />
      <p id={ids.problem} className="error" role="alert">{problem ?? ''}</p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="coaching-note-save">{t('coaching.save')}</button>
        <button type="button" className="button" onClick={onDone}>{t('coaching.cancel')}</button>
      </div>
    </form>
  );
}
