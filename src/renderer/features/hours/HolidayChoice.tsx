// Which public holidays close the schedule: a market's national calendar, and a region's too.
import { useTranslation } from 'react-i18next';
import type { BusinessSettings } from '../../../shared/business-settings.ts';
import type { Market, Schedule } from '../../../shared/hours/index.ts';

interface Props {
  holidays: Schedule['holidays'];
  markets: BusinessSettings['markets'];
  onChange: (holidays: Schedule['holidays']) => void;
}

export function HolidayChoice({ holidays, markets, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const regions = markets.find((m) => m.code === holidays?.country)?.regions ?? [];
  return (
    <fieldset className="holiday-choice">
      <legend>{t('hours.holidays')}</legend>
      <label htmlFor="holiday-country">{t('hours.country')}</label>
      <select id="holiday-country" data-testid="holiday-country" value={holidays?.country ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : { country: e.target.value as Market })}>
        <option value="">{t('hours.noHolidays')}</option>
        {markets.map((m) => <option key={m.code} value={m.code}>{names.of(m.code) ?? m.code}</option>)}
      </select>
      {holidays && regions.length > 0 ? (
        <>
          <label htmlFor="holiday-region">{t('hours.region')}</label>
          <select id="holiday-region" value={holidays.region ?? ''}
            onChange={(e) => onChange(e.target.value === '' ? { country: holidays.country } : { country: holidays.country, region: e.target.value })}>
            <option value="">{t('hours.nationalOnly')}</option>
            {regions.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
          </select>
        </>
      ) : null}
    </fieldset>
  );
}
