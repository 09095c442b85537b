import { describe, expect, it } from 'vitest';
import { formatOpening } from './format-opening.ts';

const BA = 'America/Argentina/Buenos_Aires';
const now = new Date('2026-03-10T20:00:00-03:00'); // Tuesday evening in Buenos Aires
const opening = (iso: string, zone = BA, from = now) =>
  ({ es: formatOpening(new Date(iso), from, zone, 'es'), en: formatOpening(new Date(iso), from, zone, 'en'), pt: formatOpening(new Date(iso), from, zone, 'pt') });

describe('formatOpening', () => {
  it('says today for a later hour of the same local day', () => {
    expect(opening('2026-03-10T21:30:00-03:00')).toEqual({ es: 'hoy a las 21:30', en: 'today at 21:30', pt: 'hoje às 21:30' });
  });

  it('says tomorrow with the weekday', () => {
    expect(opening('2026-03-11T09:00:00-03:00')).toEqual({
      es: 'mañana miércoles a las 9:00', en: 'tomorrow, Wednesday at 9:00', pt: 'amanhã, quarta-feira, às 9:00',
    });
  });

  it('gives the weekday and date for later days', () => {
    const from = new Date('2026-12-22T20:00:00-03:00');
    expect(opening('2026-12-24T09:00:00-03:00', BA, from)).toEqual({
      es: 'el jueves 24 de diciembre a las 9:00', en: 'on Thursday, December 24 at 9:00', pt: 'na quinta-feira, 24 de dezembro, às 9:00',
    });
    expect(opening('2026-12-26T09:00:00-03:00', BA, from).pt).toBe('no sábado, 26 de dezembro, às 9:00');
  });

  it('adds the year to a far opening in another year', () => {
    const from = new Date('2026-12-01T12:00:00-03:00');
    expect(opening('2027-01-04T09:00:00-03:00', BA, from).es).toBe('el lunes 4 de enero de 2027 a las 9:00');
    expect(opening('2027-01-04T09:00:00-03:00', BA, from).en).toBe('on Monday, January 4, 2027 at 9:00');
    expect(opening('2026-12-03T09:00:00-03:00', BA, from).es).toBe('el jueves 3 de diciembre a las 9:00');
  });

  it("speaks in the customer's zone, not the schedule's", () => {
    // 09:00 in Buenos Aires is 13:00 in Madrid on Wednesday, already past midnight there now.
    expect(opening('2026-03-11T09:00:00-03:00', 'Europe/Madrid')).toEqual({ es: 'hoy a las 13:00', en: 'today at 13:00', pt: 'hoje às 13:00' });
    expect(opening('2026-03-11T09:00:00-03:00', 'America/Mexico_City').es).toBe('mañana miércoles a las 6:00');
  });

  it('says "a la 1" in Spanish', () => {
    expect(opening('2026-03-11T01:15:00-03:00').es).toBe('mañana miércoles a la 1:15');
  });
});
