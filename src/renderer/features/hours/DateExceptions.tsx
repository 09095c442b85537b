// The dates that break the week: closures (whole days, both ends included, with a reason) and
// special openings (a date with hours of its own, even a holiday).
import { useTranslation } from 'react-i18next';
import type { Schedule } from '../../../shared/hours/index.ts';
import { isTimeZone } from '../../../shared/hours/wall-clock.ts';
import { DateField } from '../../ui/DateField.tsx';
import { IntervalList } from './IntervalList.tsx';
import { localNow } from './zoneTime.ts';

export function DateExceptions({ schedule, onChange }: { schedule: Schedule; onChange: (schedule: Schedule) => void }) {
  const { t } = useTranslation();
  const today = localNow(isTimeZone(schedule.timeZone) ? schedule.timeZone : 'UTC').date;
  const closures = (next: Schedule['closures']) => onChange({ ...schedule, closures: next });
  const openings = (next: Schedule['openings']) => onChange({ ...schedule, openings: next });
  const editClosure = (index: number, patch: Partial<Schedule['closures'][number]>) =>
    closures(schedule.closures.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <>
      <fieldset className="date-exceptions" data-testid="closures">
        <legend>{t('hours.closures')}</legend>
        <p className="hint">{t('hours.closuresHint')}</p>
        {schedule.closures.length === 0 ? <p className="hint">{t('hours.noClosures')}</p> : null}
        {schedule.closures.map((closure, index) => (
          // Closures have no identity but their place in the list.
          <div key={index} className="date-row" role="group" aria-label={`${t('hours.closures')} ${index + 1}`}>
            <label>{t('hours.closureFrom')} <DateField value={closure.from} onChange={(from) => editClosure(index, { from })} /></label>
            <label>{t('hours.closureTo')} <DateField value={closure.to} onChange={(to) => editClosure(index, { to })} /></label>
            <label>{t('hours.closureNote')} <input value={closure.note ?? ''} maxLength={200}
              onChange={(e) => editClosure(index, e.target.value === '' ? { note: undefined } : { note: e.target.value })} /></label>
            <button type="button" className="button ghost small" onClick={() => closures(schedule.closures.filter((_, i) => i !== index))}>
              {t('hours.removeClosure', { from: closure.from })}
            </button>
          </div>
        ))}
        <button type="button" className="button small" onClick={() => closures([...schedule.closures, { from: today, to: today }])}>
          + {t('hours.addClosure')}
        </button>
      </fieldset>

      <fieldset className="date-exceptions" data-testid="openings">
        <legend>{t('hours.openings')}</legend>
        <p className="hint">{t('hours.openingsHint')}</p>
        {schedule.openings.length === 0 ? <p className="hint">{t('hours.noOpenings')}</p> : null}
        {schedule.openings.map((opening, index) => (
          // Openings have no identity but their place in the list (two on one date are a problem shown).
          <div key={index} className="date-row" role="group" aria-label={`${t('hours.openings')} ${index + 1}`} data-testid="opening">
            <label>{t('hours.openingDate')} <DateField value={opening.date} data-testid="opening-date"
              onChange={(date) => openings(schedule.openings.map((o, i) => (i === index ? { ...o, date } : o)))} /></label>
            <IntervalList label={opening.date} intervals={opening.intervals} testId="opening-intervals"
              onChange={(intervals) => openings(schedule.openings.map((o, i) => (i === index ? { ...o, intervals } : o)))} />
            <button type="button" className="button ghost small" onClick={() => openings(schedule.openings.filter((_, i) => i !== index))}>
              {t('hours.removeOpening', { date: opening.date })}
            </button>
          </div>
        ))}
        <button type="button" className="button small" data-testid="add-opening"
          onClick={() => openings([...schedule.openings, { date: today, intervals: [['09:00', '18:00']] }])}>
          + {t('hours.addOpening')}
        </button>
      </fieldset>
    </>
  );
}
