// What an agent needs of the business hours, at a glance and read-only: each channel group's
// week, today's state, the next holidays, closures and special openings, and whether customers
// get an automatic reply out of hours. Supervisors get the editor instead.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import { CHANNELS } from '../../../shared/domain.ts';
import type { Schedule } from '../../../shared/hours/index.ts';
import { isTimeZone } from '../../../shared/hours/wall-clock.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { dayInWords } from './dayInWords.ts';
import { upcomingDays } from './upcomingDays.ts';
import { agentTimeZone, calendarDay, localNow } from './zoneTime.ts';

const ENTITIES = ['setting'] as const;

export function HoursSummary({ settings }: { settings: BusinessSettings }) {
  const { t } = useTranslation();
  const replies = settings.replies.channels;
  const on = CHANNELS.filter((c) => replies[c]?.enabled === true).map((c) => t(`channel.${c}`));
  return (
    <div className="hours-summary" data-testid="hours-summary">
      <p className="readonly-note" data-testid="hours-read-only">{t('hours.readOnly')}</p>
      {settings.hours.schedules.map((schedule, index) => (
        <ScheduleSummary key={schedule.id} schedule={schedule}
          isDefault={schedule.channels.length === 0 && settings.hours.schedules.findIndex((s) => s.channels.length === 0) === index} />
      ))}
      <p data-testid="hours-summary-replies" data-on={on.length > 0}>
        {on.length > 0 ? t('hours.summary.repliesOn', { channels: on.join(', ') }) : t('hours.summary.repliesOff')}
      </p>
    </div>
  );
}

function ScheduleSummary({ schedule, isDefault }: { schedule: Schedule; isDefault: boolean }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const headingId = useId();
  const zone = isTimeZone(schedule.timeZone) ? schedule.timeZone : 'UTC';
  const today = localNow(zone).date;
  const key = JSON.stringify([schedule.id, today]);
  const { data } = useCacheQuery(key, () => upcomingDays(schedule.id, agentTimeZone(), today), ENTITIES);
  const week = data?.week;
  const channels = isDefault ? t('hours.defaultChannels') : schedule.channels.map((c) => t(`channel.${c}`)).join(', ');
  const todays = week?.days.find((d) => d.date === today);
  return (
    <section className="hours-summary-schedule" aria-labelledby={headingId} data-testid="hours-summary-schedule" data-schedule={schedule.id}>
      <h3 id={headingId}>{schedule.name || schedule.id}</h3>
      <p className="hint">{channels} · {schedule.timeZone}</p>
      {todays && week ? (
        <p className="hours-today" data-testid="hours-today"><strong>{t('hours.summary.today')}</strong> {dayInWords(t, locale, week.timeZone, todays)}</p>
      ) : null}
      {week ? (
        <dl className="hours-summary-week">
          {week.days.map((day) => (
            <div key={day.date} data-testid="summary-day" data-date={day.date} aria-current={day.date === today ? 'date' : undefined}>
              <dt>{calendarDay(locale, day.date)}</dt>
              <dd>{dayInWords(t, locale, week.timeZone, day)}</dd>
            </div>
          ))}
        </dl>
      ) : <p className="hint" role="status">{t('hours.view.loading')}</p>}
      <h4>{t('hours.summary.upcoming')}</h4>
      {data && data.exceptions.length === 0 ? <p className="hint">{t('hours.summary.noUpcoming')}</p> : null}
      <ul className="hours-upcoming" data-testid="hours-upcoming">
        {data?.exceptions.map(({ day, timeZone }) => (
          <li key={day.date} data-date={day.date}>{calendarDay(locale, day.date)}: {dayInWords(t, locale, timeZone, day)}</li>
        ))}
      </ul>
    </section>
  );
}
