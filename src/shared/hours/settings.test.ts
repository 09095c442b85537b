import { describe, expect, it } from 'vitest';
import { BusinessHours } from './schema.ts';
import { businessHoursFrom, DEFAULT_BUSINESS_HOURS, scheduleFor } from './settings.ts';

const schedule = (more: Record<string, unknown> = {}) => ({
  id: 'default', name: 'Horario', channels: [], timeZone: 'America/Mexico_City', week: { mon: [['09:00', '18:00']] }, ...more,
});

describe('businessHoursFrom', () => {
  it('uses a valid document whole, filling the optional parts', () => {
    const { hours, problem } = businessHoursFrom({ version: 1, schedules: [schedule()] });
    expect(problem).toBeNull();
    expect(hours.schedules[0]).toMatchObject({ alwaysOpen: false, holidays: null, closures: [], openings: [], week: { mon: [['09:00', '18:00']], sun: [] } });
  });

  it('uses the defaults, without a problem, while the server has sent no document', () => {
    expect(businessHoursFrom(undefined)).toEqual({ hours: DEFAULT_BUSINESS_HOURS, problem: null });
  });

  it('refuses an invalid document whole and says why in words a supervisor can fix', () => {
    const cases: [unknown, RegExp][] = [
      [{ version: 1, schedules: [schedule({ timeZone: 'America/Atlantis' })] }, /IANA time zone/],
      [{ version: 1, schedules: [schedule({ week: { mon: [['9:00', '18:00']] } })] }, /HH:MM/],
      [{ version: 1, schedules: [schedule({ closures: [{ from: '2026-03-10', to: '2026-03-01' }] })] }, /ends on or after/],
      [{ version: 1, schedules: [schedule({ openings: [{ date: '2026-02-30', intervals: [['09:00', '12:00']] }] })] }, /YYYY-MM-DD/],
      [{ version: 1, schedules: [schedule({ holidays: { country: 'FR' } })] }, /country/],
      [{ version: 1, schedules: [schedule({ holidays: { country: 'ES', region: 'XX' } })] }, /unknown region/],
      [{ version: 1, schedules: [schedule({ channels: ['whatsapp'] })] }, /exactly one schedule has no channels/],
      [{ version: 1, schedules: [schedule(), schedule({ channels: ['sms'] })] }, /each schedule id appears once/],
      ['not a document', /object/],
    ];
    for (const [value, problem] of cases) {
      const result = businessHoursFrom(value);
      expect(result.hours).toBe(DEFAULT_BUSINESS_HOURS);
      expect(result.problem).toMatch(problem);
    }
  });

  it('holds the sandbox default: Mon–Fri 9–18, Sat 9–13, Buenos Aires, Argentine holidays', () => {
    expect(BusinessHours.parse(DEFAULT_BUSINESS_HOURS)).toEqual(DEFAULT_BUSINESS_HOURS);
    const [only] = DEFAULT_BUSINESS_HOURS.schedules;
    expect(only).toMatchObject({ channels: [], timeZone: 'America/Argentina/Buenos_Aires', holidays: { country: 'AR' } });
    expect(only!.week).toMatchObject({ fri: [['09:00', '18:00']], sat: [['09:00', '13:00']], sun: [] });
  });
});

describe('scheduleFor', () => {
  const hours = BusinessHours.parse({
    version: 1,
    schedules: [
      schedule({ id: 'chat', channels: ['whatsapp', 'webchat'], alwaysOpen: true }),
      schedule({ id: 'rest' }),
      schedule({ id: 'mail', channels: ['email', 'whatsapp'] }),
    ],
  });

  it('gives a channel the first schedule that names it', () => {
    expect(scheduleFor(hours, 'webchat').id).toBe('chat');
    expect(scheduleFor(hours, 'whatsapp').id).toBe('chat');
    expect(scheduleFor(hours, 'email').id).toBe('mail');
  });

  it('gives every other channel the default schedule, wherever it stands in the list', () => {
    expect(scheduleFor(hours, 'sms').id).toBe('rest');
    expect(scheduleFor(hours, 'facebook_post').id).toBe('rest');
  });
});
