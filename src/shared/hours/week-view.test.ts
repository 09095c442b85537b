import { describe, expect, it } from 'vitest';
import { everyDay, scheduleOf } from './fixtures.ts';
import { DEFAULT_BUSINESS_HOURS } from './settings.ts';
import { weekView, type DayView } from './week-view.ts';

const buenosAires = DEFAULT_BUSINESS_HOURS.schedules[0]!;
// Local times in the schedule's zone, to read the stretches as a supervisor would.
const local = (day: DayView) =>
  day.stretches.map((s) => {
    const time = (d: Date) => d.toLocaleTimeString('en-GB', { timeZone: 'America/Argentina/Buenos_Aires', hour: '2-digit', minute: '2-digit' });
    return `${time(s.from)}–${time(s.to)} ${s.open ? 'open' : 'closed'} ${s.why}${s.label ? ` ${s.label}` : ''}`;
  });

describe('weekView', () => {
  it('draws Christmas week in Buenos Aires day by day, naming the holiday', () => {
    const week = weekView(buenosAires, new Date('2026-12-21T12:00:00Z'));
    expect(week.map((d) => `${d.date} ${d.weekday}`)).toEqual([
      '2026-12-21 mon', '2026-12-22 tue', '2026-12-23 wed', '2026-12-24 thu', '2026-12-25 fri', '2026-12-26 sat', '2026-12-27 sun',
    ]);
    expect(local(week[0]!)).toEqual(['00:00–09:00 closed hours', '09:00–18:00 open hours', '18:00–00:00 closed hours']);
    expect(local(week[4]!)).toEqual(['00:00–00:00 closed holiday Navidad']);
    expect(local(week[5]!)).toEqual(['00:00–09:00 closed hours', '09:00–13:00 open hours', '13:00–00:00 closed hours']);
    expect(local(week[6]!)).toEqual(['00:00–00:00 closed hours']);
  });

  it('covers each day from its midnight to the next without holes or overlaps', () => {
    for (const day of weekView(buenosAires, new Date('2026-02-16T12:00:00Z'))) {
      for (let i = 1; i < day.stretches.length; i++) expect(day.stretches[i]!.from).toEqual(day.stretches[i - 1]!.to);
    }
  });

  it('shows an overnight span on both days, by the rule of the day it started on', () => {
    const nights = scheduleOf('America/Argentina/Buenos_Aires', { mon: [['22:00', '06:00']] }, { holidays: { country: 'AR' } });
    // Monday 7 December 2026; Tuesday the 8th is a holiday.
    const [monday, tuesday] = weekView(nights, new Date('2026-12-07T12:00:00Z'));
    expect(local(monday!)).toEqual(['00:00–22:00 closed hours', '22:00–00:00 open hours']);
    expect(local(tuesday!)).toEqual(['00:00–06:00 open hours', '06:00–00:00 closed holiday Inmaculada Concepción de María']);
  });

  it('shows a 23-hour day on the night Madrid springs forward', () => {
    const madrid = scheduleOf('Europe/Madrid', everyDay(['09:00', '18:00']));
    const sunday = weekView(madrid, new Date('2026-03-29T12:00:00Z'))[0]!;
    expect(sunday.date).toBe('2026-03-29');
    expect(sunday.stretches.at(-1)!.to.getTime() - sunday.stretches[0]!.from.getTime()).toBe(23 * 3_600_000);
    expect(sunday.stretches.map((s) => s.open)).toEqual([false, true, false]);
  });

  it('marks closures with their note, special openings and 24/7 days', () => {
    const schedule = scheduleOf('America/Argentina/Buenos_Aires', everyDay(['09:00', '18:00']), {
      closures: [{ from: '2026-03-10', to: '2026-03-10', note: 'Mudanza' }],
      openings: [{ date: '2026-03-11', intervals: [['10:00', '12:00']] }],
    });
    const [, tuesday, wednesday] = weekView(schedule, new Date('2026-03-09T12:00:00Z'));
    expect(local(tuesday!)).toEqual(['00:00–00:00 closed closure Mudanza']);
    expect(local(wednesday!)).toEqual(['00:00–10:00 closed opening', '10:00–12:00 open opening', '12:00–00:00 closed opening']);
    const always = scheduleOf('America/Argentina/Buenos_Aires', {}, { alwaysOpen: true });
    expect(local(weekView(always, new Date('2026-03-09T12:00:00Z'))[0]!)).toEqual(['00:00–00:00 open always']);
  });
});
