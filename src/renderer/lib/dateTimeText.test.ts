import { describe, expect, it } from 'vitest';
import { datePattern, formatDate, parseDate, parseTime } from './dateTimeText.ts';

describe('times of day, 24-hour', () => {
  it('reads what agents type', () => {
    expect(parseTime('18:00')).toBe('18:00');
    expect(parseTime('9')).toBe('09:00');
    expect(parseTime('930')).toBe('09:30');
    expect(parseTime('2215')).toBe('22:15');
    expect(parseTime(' 9.05 ')).toBe('09:05');
    expect(parseTime('0:00')).toBe('00:00');
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['', '24:00', '9:60', '6 PM', '18:0', 'abc', '123456']) expect(parseTime(text), text).toBeNull();
  });
});

describe('dates in the agent’s locale', () => {
  it('shows them in the locale’s order', () => {
    expect(formatDate('2026-12-24', 'es-AR')).toBe('24/12/2026');
    expect(formatDate('2026-06-12', 'en-US')).toBe('06/12/2026');
    expect(formatDate('2026-06-12', 'en-GB')).toBe('12/06/2026');
  });

  it('reads them back in the same order, or as ISO', () => {
    expect(parseDate('24/12/2026', 'es-AR')).toBe('2026-12-24');
    expect(parseDate('24-12-26', 'es-AR')).toBe('2026-12-24');
    expect(parseDate('6/12/2026', 'en-US')).toBe('2026-06-12');
    expect(parseDate('2026-12-24', 'en-US')).toBe('2026-12-24');
  });

  it('refuses dates that do not exist or are incomplete', () => {
    expect(parseDate('31/02/2026', 'es-AR')).toBeNull();
    expect(parseDate('12/24/2026', 'es-AR')).toBeNull();
    expect(parseDate('24/12', 'es-AR')).toBeNull();
    expect(parseDate('', 'es-AR')).toBeNull();
  });

  it('says how to type them', () => {
    expect(datePattern('es-AR', { day: 'dd', month: 'mm', year: 'aaaa' })).toBe('dd/mm/aaaa');
    expect(datePattern('en-US', { day: 'dd', month: 'mm', year: 'yyyy' })).toBe('mm/dd/yyyy');
  });
});
