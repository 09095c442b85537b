// The open spans of one day (a weekday, or a special opening): several a day for split shifts,
// and a span that ends at or before it starts runs overnight into the next day.
import { useTranslation } from 'react-i18next';
import type { Interval } from '../../../shared/hours/index.ts';
import { TimeField } from '../../ui/TimeField.tsx';
import { isOvernight, MAX_INTERVALS, nextInterval } from './hoursDraft.ts';

interface Props {
  /** The day's name, said with each field ("Lunes, franja 2"). */
  label: string;
  intervals: readonly Interval[];
  onChange: (intervals: Interval[]) => void;
  testId: string;
}

export function IntervalList({ label, intervals, onChange, testId }: Props) {
  const { t } = useTranslation();
  const set = (index: number, edge: 0 | 1, value: string) =>
    onChange(intervals.map((interval, i) => (i === index ? (edge === 0 ? [value, interval[1]] : [interval[0], value]) : interval)));
  return (
    <div className="interval-list" data-testid={testId}>
      {intervals.length === 0 ? <span className="hint">{t('hours.closedDay')}</span> : null}
      {intervals.map((interval, index) => {
        const span = t('hours.spanLabel', { day: label, n: index + 1 });
        return (
          // Spans have no identity but their place in the day.
          <span key={index} className="interval" data-testid="interval">
            <TimeField value={interval[0]} aria-label={`${span}: ${t('hours.from')}`} data-testid="interval-from"
              onChange={(time) => set(index, 0, time)} />
            <span aria-hidden="true">–</span>
            <TimeField value={interval[1]} aria-label={`${span}: ${t('hours.to')}`} data-testid="interval-to"
              onChange={(time) => set(index, 1, time)} />
            {isOvernight(interval) ? <span className="overnight">{t('hours.overnight')}</span> : null}
            <button type="button" className="button ghost small" aria-label={`${span}: ${t('hours.removeInterval', { n: index + 1 })}`}
              onClick={() => onChange(intervals.filter((_, i) => i !== index))}>×</button>
          </span>
        );
      })}
      {intervals.length < MAX_INTERVALS ? (
        <button type="button" className="button small" aria-label={`${label}: ${t('hours.addInterval')}`} data-testid="add-interval"
          onClick={() => onChange([...intervals, nextInterval(intervals)])}>+ {t('hours.addInterval')}</button>
      ) : null}
    </div>
  );
}
