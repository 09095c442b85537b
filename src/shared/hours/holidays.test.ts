import { describe, expect, it } from 'vitest';
import { holidayOn, holidaysIn, MARKETS, regionsOf } from './holidays.ts';

describe('public holidays', () => {
  it("lists Argentina's 2026 public holidays in date order, Christmas included", () => {
    const holidays = holidaysIn('AR', 2026);
    expect(holidays[0]).toEqual({ date: '2026-01-01', name: 'Año Nuevo' });
    expect(holidays).toContainEqual({ date: '2026-12-25', name: 'Navidad' });
    expect(holidays.map((h) => h.date)).toEqual(holidays.map((h) => h.date).toSorted());
    expect(holidays.every((h) => h.date.startsWith('2026-'))).toBe(true);
  });

  it('keeps only public holidays: observances and optional days stay working days', () => {
    // Argentina's 24 December is not a public holiday; Spain's 24 December neither.
    expect(holidayOn('AR', '2026-12-24')).toBeNull();
    expect(holidayOn('ES', '2026-12-24')).toBeNull();
    expect(holidayOn('BR', '2026-12-25')).toBe('Natal');
  });

  it('adds a region\'s own holidays: 2 May is Madrid\'s, not Spain\'s', () => {
    expect(holidayOn('ES', '2026-05-02')).toBeNull();
    expect(holidayOn('ES', '2026-05-02', 'MD')).toBe('Día de la Comunidad de Madrid');
    expect(regionsOf('ES')).toHaveProperty('MD');
  });

  it('has a calendar for every market', () => {
    for (const country of MARKETS) expect(holidaysIn(country, 2027).length, country).toBeGreaterThan(5);
  });
});
