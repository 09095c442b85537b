// One schedule: its name, zone and channels, 24/7 or its week, the country's holidays, and the
// dates that differ (closures, special openings). Supervisors only: agents read the summary.
import { useTranslation } from 'react-i18next';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import { CHANNELS, type Channel } from '../../../shared/domain.ts';
import { WEEKDAYS } from '../../../shared/hours/calendar.ts';
import type { Schedule } from '../../../shared/hours/index.ts';
import { DateExceptions } from './DateExceptions.tsx';
import { HolidayChoice } from './HolidayChoice.tsx';
import { setDay } from './hoursDraft.ts';
import { IntervalList } from './IntervalList.tsx';

interface Props {
  schedule: Schedule;
  /** The schedule every channel without one of its own follows: its channels are not chosen. */
  isDefault: boolean;
  markets: BusinessSettings['markets'];
  onChange: (schedule: Schedule) => void;
}

// Every zone the system knows, offered while typing.
const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

export function ScheduleEditor({ schedule, isDefault, markets, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Schedule>) => onChange({ ...schedule, ...patch });
  const toggle = (channel: Channel, on: boolean) => set({ channels: CHANNELS.filter((c) => (c === channel ? on : schedule.channels.includes(c))) });
  return (
    <div className="schedule-editor form" data-testid="schedule-editor">
      <label htmlFor="schedule-name">{t('hours.name')}</label>
      <input id="schedule-name" value={schedule.name} onChange={(e) => set({ name: e.target.value })} />

      <label htmlFor="schedule-zone">{t('hours.zone')}</label>
      <input id="schedule-zone" list="hours-zones" value={schedule.timeZone} spellCheck={false} autoComplete="off"
        aria-describedby="schedule-zone-hint" data-testid="schedule-zone" onChange={(e) => set({ timeZone: e.target.value })} />
      <datalist id="hours-zones">{ZONES.map((zone) => <option key={zone} value={zone} />)}</datalist>
      <p id="schedule-zone-hint" className="hint">{t('hours.zoneHint')}</p>

      <fieldset className="channel-choice">
        <legend>{t('hours.channels')}</legend>
        {isDefault ? <p className="hint">{t('hours.defaultChannels')}</p> : (
          <div className="channel-grid">
            {CHANNELS.map((channel) => (
              <label key={channel}>
                <input type="checkbox" checked={schedule.channels.includes(channel)} onChange={(e) => toggle(channel, e.target.checked)} />
                {t(`channel.${channel}`)}
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <label className="check">
        <input type="checkbox" checked={schedule.alwaysOpen} data-testid="always-open" onChange={(e) => set({ alwaysOpen: e.target.checked })} />
        {t('hours.alwaysOpen')}
      </label>

      {schedule.alwaysOpen ? null : (
        <>
          <fieldset className="week-hours">
            <legend>{t('hours.week')}</legend>
            <p className="hint">{t('hours.weekHint')}</p>
            {WEEKDAYS.map((day) => (
              <div key={day} className="day-hours" role="group" aria-labelledby={`day-${day}`}>
                <span id={`day-${day}`} className="day-name">{t(`hours.weekday.${day}`)}</span>
                <IntervalList label={t(`hours.weekday.${day}`)} intervals={schedule.week[day]} testId={`day-${day}`}
                  onChange={(intervals) => onChange(setDay(schedule, day, intervals))} />
              </div>
            ))}
          </fieldset>
          <HolidayChoice holidays={schedule.holidays} markets={markets} onChange={(holidays) => set({ holidays })} />
          <DateExceptions schedule={schedule} onChange={onChange} />
        </>
      )}
    </div>
  );
}
