import { describe, expect, it } from 'vitest';
import type { WeekDay } from '../../shared/business-settings.ts';
import { everyDay, scheduleOf } from '../../shared/hours/fixtures.ts';
import { DEFAULT_BUSINESS_HOURS } from '../../shared/hours/index.ts';
import { weekIn } from './week.ts';

const buenosAires = DEFAULT_BUSINESS_HOURS.schedules[0]!;
const now = new Date('2026-12-23T15:00:00Z');
// Each stretch as a person in `zone` reads it.
const read = (day: WeekDay, zone: string) => day.stretches.map((s) => {
  const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  return `${time(s.from)}–${time(s.to)} ${s.open ? 'open' : 'closed'} ${s.why}${s.label ? ` ${s.label}` : ''}`;
});

describe('weekIn', () => {
  it("draws the schedule's week in its own zone, Monday first, naming the holiday", () => {
    const week = weekIn(buenosAires, buenosAires.timeZone, '2026-12-24', now);
    expect(week).toMatchObject({ scheduleId: 'default', timeZone: buenosAires.timeZone, weekStart: '2026-12-21', previous: '2026-12-14', next: '2026-12-28' });
    expect(week.days.map((d) => `${d.date} ${d.weekday}`)).toEqual([
      '2026-12-21 mon', '2026-12-22 tue', '2026-12-23 wed', '2026-12-24 thu', '2026-12-25 fri', '2026-12-26 sat', '2026-12-27 sun',
    ]);
    expect(read(week.days[3]!, buenosAires.timeZone)).toEqual(['00:00–09:00 closed hours', '09:00–18:00 open hours', '18:00–00:00 closed hours']);
    expect(read(week.days[4]!, buenosAires.timeZone)).toEqual(['00:00–00:00 closed holiday Navidad']);
  });

  it("cuts the same hours into the agent's days: Buenos Aires seen from Madrid", () => {
    const week = weekIn(buenosAires, 'Europe/Madrid', '2026-12-21', now);
    expect(week.timeZone).toBe('Europe/Madrid');
    expect(read(week.days[0]!, 'Europe/Madrid')).toEqual(['00:00–13:00 closed hours', '13:00–22:00 open hours', '22:00–00:00 closed hours']);
    // Madrid's Friday begins on Buenos Aires' Thursday evening, then the holiday there.
    expect(read(week.days[4]!, 'Europe/Madrid')).toEqual(['00:00–04:00 closed hours', '04:00–00:00 closed holiday Navidad']);
    expect(read(week.days[5]!, 'Europe/Madrid')).toEqual([
      '00:00–04:00 closed holiday Navidad', '04:00–13:00 closed hours', '13:00–17:00 open hours', '17:00–00:00 closed hours',
    ]);
  });

  it('covers every day from midnight to midnight, across a DST change', () => {
    const madrid = scheduleOf('Europe/Madrid', everyDay(['22:00', '06:00']));
    for (const zone of ['Europe/Madrid', 'America/Argentina/Buenos_Aires']) {
      for (const day of weekIn(madrid, zone, '2026-03-29', now).days) {
        for (let i = 1; i < day.stretches.length; i++) expect(day.stretches[i]!.from).toBe(day.stretches[i - 1]!.to);
      }
    }
    const sunday = weekIn(madrid, 'Europe/Madrid', '2026-03-29', now).days[6]!;
    expect(Date.parse(sunday.stretches.at(-1)!.to) - Date.parse(sunday.stretches[0]!.from)).toBe(23 * 3_600_000);
    expect(read(sunday, 'Europe/Madrid')).toEqual(['00:00–06:00 open hours', '06:00–22:00 closed hours', '22:00–00:00 open hours']);
  });

  it("draws this week (by the given clock) without a day, and refuses a zone Intl does not know", () => {
    expect(weekIn(buenosAires, buenosAires.timeZone, undefined, now).weekStart).toBe('2026-12-21');
    expect(() => weekIn(buenosAires, 'Mars/Olympus', undefined, now)).toThrow(expect.objectContaining({ code: 'invalid_zone' }));
  });
});
