// Scenario time as the trainer reads it: the weekday and the time (a script may jump to a Monday
// out of hours), 24-hour, in the console's locale.
import { useMemo } from 'react';
import { useFormatters } from '../../lib/useFormatters.ts';

export function useScenarioTime(): (at: number | string) => string {
  const { locale } = useFormatters();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return (at) => {
      const date = new Date(at);
      return Number.isNaN(date.getTime()) ? String(at) : format.format(date);
    };
  }, [locale]);
}
