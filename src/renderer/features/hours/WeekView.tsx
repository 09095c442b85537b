// The week drawn: seven days of 24 hours, open spans solid and closed ones hatched, each day
// also said in words (the bars are decoration for sighted readers). Times are on the clock of
// the schedule's zone or the agent's own, never assumed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursWeek, SettingsDraft, WeekDay } from '../../../shared/business-settings.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { DateField } from '../../ui/DateField.tsx';
import { dayInWords } from './dayInWords.ts';
import { calendarDay } from './zoneTime.ts';

interface Props {
  draft: SettingsDraft;
  scheduleId: string;
  scheduleZone: string;
  agentZone: string;
}

const ENTITIES: readonly EntityName[] = ['setting'];
const TICKS = ['00', '06', '12', '18', '24'];

export function WeekView({ draft, scheduleId, scheduleZone, agentZone }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const [weekOf, setWeekOf] = useState<string | undefined>(undefined);
  const [zone, setZone] = useState<'schedule' | 'agent'>('schedule');
  const input = { draft, scheduleId, zone, agentTimeZone: agentZone, ...(weekOf ? { weekOf } : {}) };
  const { data: week, error } = useCacheQuery(JSON.stringify(input), () => api.hoursWeek(input), ENTITIES);
  const shown = week?.scheduleId === scheduleId ? week : undefined;

  return (
    <section className="hours-section week-view" aria-labelledby="week-title" data-testid="week-view">
      <h3 id="week-title">{t('hours.view.title')}</h3>
      <div className="week-controls">
        <button type="button" className="button small" disabled={!shown} onClick={() => shown && setWeekOf(shown.previous)}>
          ← {t('hours.view.previous')}
        </button>
        <span className="week-label" aria-live="polite" data-testid="week-label">
          {shown ? t('hours.view.weekOf', { date: calendarDay(locale, shown.weekStart) }) : null}
        </span>
        <button type="button" className="button small" disabled={!shown} onClick={() => shown && setWeekOf(shown.next)}>
          {t('hours.view.next')} →
        </button>
        <label className="week-jump">{t('hours.view.goTo')}
          <DateField value={weekOf ?? ''} data-testid="week-of" onChange={(date) => setWeekOf(date || undefined)} />
        </label>
        <fieldset className="zone-choice">
          <legend>{t('hours.view.showIn')}</legend>
          <label><input type="radio" name="week-zone" checked={zone === 'schedule'} onChange={() => setZone('schedule')} />
            {t('hours.view.zoneSchedule', { zone: scheduleZone })}</label>
          <label><input type="radio" name="week-zone" checked={zone === 'agent'} data-testid="week-zone-agent" onChange={() => setZone('agent')} />
            {t('hours.view.zoneAgent', { zone: agentZone })}</label>
        </fieldset>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error.code === 'invalid_setting' ? t('hours.view.draftInvalid') : t('hours.view.failed', { message: errorText(t, error) })}
        </p>
      ) : null}
      {shown ? <Days week={shown} locale={locale} /> : error ? null : <p className="hint" role="status">{t('hours.view.loading')}</p>}
      <p className="week-legend" aria-hidden="true">
        <span className="swatch open" /> {t('hours.view.legendOpen')} <span className="swatch closed" /> {t('hours.view.legendClosed')}
      </p>
    </section>
  );
}

function Days({ week, locale }: { week: HoursWeek; locale: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="week-ticks" aria-hidden="true">
        <span />
        <span className="ticks">{TICKS.map((tick) => <span key={tick}>{tick}</span>)}</span>
      </div>
      <ol className="week-days">
        {week.days.map((day) => (
          <li key={day.date} className="week-day" data-testid="week-day" data-date={day.date}>
            <span className="week-day-name">{calendarDay(locale, day.date)}</span>
            <Bar day={day} />
            <span className="week-day-text" data-testid="week-day-text">{dayInWords(t, locale, week.timeZone, day)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

function Bar({ day }: { day: WeekDay }) {
  const start = Date.parse(day.stretches[0]?.from ?? '');
  const length = Date.parse(day.stretches.at(-1)?.to ?? '') - start || 1;
  return (
    <span className="week-bar" aria-hidden="true">
      {day.stretches.map((s) => (
        <span key={s.from} className={`week-stretch ${s.open ? 'open' : 'closed'} why-${s.why}`}
          style={{ inlineSize: `${((Date.parse(s.to) - Date.parse(s.from)) / length) * 100}%` }} />
      ))}
    </span>
  );
}
