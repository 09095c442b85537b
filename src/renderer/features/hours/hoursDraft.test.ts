import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../../../shared/hours/index.ts';
import { addSchedule, hoursProblems, isOvernight, nextInterval, removeSchedule, replaceSchedule, setDay } from './hoursDraft.ts';

const hours = DEFAULT_BUSINESS_HOURS;
const first = hours.schedules[0]!;
const withFirst = (patch: Partial<typeof first>): BusinessHours => replaceSchedule(hours, 0, { ...first, ...patch });

describe('editing business hours', () => {
  it('changes one day of one schedule, leaving the document it came from as it was', () => {
    const edited = replaceSchedule(hours, 0, setDay(first, 'mon', [['09:00', '13:00'], ['14:00', '18:00']]));
    expect(edited.schedules[0]!.week.mon).toEqual([['09:00', '13:00'], ['14:00', '18:00']]);
    expect(edited.schedules[0]!.week.tue).toEqual([['09:00', '18:00']]);
    expect(hours.schedules[0]!.week.mon).toEqual([['09:00', '18:00']]);
  });

  it('offers the next interval after the last one, or the usual day', () => {
    expect(nextInterval([])).toEqual(['09:00', '18:00']);
    expect(nextInterval([['09:00', '13:00']])).toEqual(['13:00', '23:00']);
    expect(nextInterval([['20:00', '23:30']])).toEqual(['09:00', '18:00']);
  });

  it('tells an overnight span from a day span', () => {
    expect(isOvernight(['22:00', '06:00'])).toBe(true);
    expect(isOvernight(['00:00', '00:00'])).toBe(true);
    expect(isOvernight(['09:00', '18:00'])).toBe(false);
    expect(isOvernight(['', '06:00'])).toBe(false);
  });

  it('adds a schedule for some channels with an id of its own, and removes it', () => {
    const added = addSchedule(addSchedule(hours, 'Guardia'), 'Otra');
    expect(added.schedules.map((s) => [s.id, s.name, s.channels])).toEqual([['default', 'Horario de atención', []], ['schedule-2', 'Guardia', []], ['schedule-3', 'Otra', []]]);
    expect(added.schedules[1]).toMatchObject({ timeZone: first.timeZone, week: first.week, holidays: first.holidays });
    expect(removeSchedule(added, 1).schedules.map((s) => s.id)).toEqual(['default', 'schedule-3']);
  });
});

describe('hoursProblems', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(hoursProblems(hours)).toEqual([]);
  });

  it('names the schedule and the day of each problem', () => {
    const broken = withFirst({
      name: ' ', timeZone: 'Buenos Aires',
      week: { ...first.week, tue: [['09:00', '']], sun: Array.from({ length: 13 }, () => ['10:00', '11:00'] as [string, string]) },
      closures: [{ from: '2026-03-10', to: '2026-03-09' }],
      openings: [{ date: '2026-12-24', intervals: [] }, { date: '2026-12-24', intervals: [['09:00', '23:00']] }, { date: '2026-02-30', intervals: [['09:00', '12:00']] }],
    });
    expect(hoursProblems(broken)).toEqual([
      { key: 'name', schedule: 'default' },
      { key: 'zone', schedule: 'default' },
      { key: 'time', schedule: 'default', day: 'tue' },
      { key: 'tooMany', schedule: 'default', day: 'sun' },
      { key: 'closure', schedule: 'default' },
      { key: 'openingEmpty', schedule: 'default', day: '2026-12-24' },
      { key: 'openingTwice', schedule: 'default', day: '2026-12-24' },
      { key: 'openingDate', schedule: 'default', day: '2026-02-30' },
    ]);
  });

  it('wants exactly one schedule without channels, the default for the rest', () => {
    expect(hoursProblems(addSchedule(hours, 'Guardia'))).toEqual([
      { key: 'oneDefault', schedule: 'Horario de atención' }, { key: 'oneDefault', schedule: 'Guardia' },
    ]);
    expect(hoursProblems(withFirst({ channels: ['whatsapp'] }))).toEqual([{ key: 'noDefault' }]);
  });
});
