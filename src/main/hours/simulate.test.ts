import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_REPLIES } from '../../shared/autoreply/index.ts';
import { SimulationInput } from '../../shared/business-settings.ts';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../../shared/hours/index.ts';
import { simulate } from './simulate.ts';

const BA = 'America/Argentina/Buenos_Aires';
const defaults = { hours: DEFAULT_BUSINESS_HOURS, replies: DEFAULT_AUTO_REPLIES };
const christmasEve = (more: Partial<Parameters<typeof simulate>[1]> = {}) =>
  SimulationInput.parse({ channel: 'whatsapp', at: '2026-12-24T22:10', timeZone: BA, customerName: 'Ana Gómez', language: 'es', agentTimeZone: BA, ...more });
const withOpening = (date: string, until: string): BusinessHours => ({
  version: 1,
  schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, openings: [{ date, intervals: [['09:00', until]] }] }],
});

describe('simulate', () => {
  it('answers a WhatsApp message on Christmas Eve at 22:10 with the exact text and the opening after Christmas', () => {
    expect(simulate(defaults, christmasEve())).toEqual({
      at: '2026-12-25T01:10:00.000Z',
      send: true,
      reason: null,
      text: 'Hola Ana, gracias por escribirnos. En este momento estamos fuera del horario de atención; te responderemos el sábado 26 de diciembre a las 9:00.',
      language: 'es',
      schedule: { id: 'default', name: 'Horario de atención', timeZone: BA },
      open: false,
      closedSince: '2026-12-24T21:00:00.000Z',
      nextOpening: '2026-12-26T12:00:00.000Z',
      customerTimeZone: BA,
      agentTimeZone: BA,
    });
  });

  it('evaluates the draft: a special opening until 23:00 means no auto-reply', () => {
    const result = simulate({ ...defaults, hours: withOpening('2026-12-24', '23:00') }, christmasEve());
    expect(result).toMatchObject({ send: false, reason: 'open', text: null, open: true, closedSince: null, nextOpening: null });
  });

  it("reads the customer's wall clock in their zone and names the opening in it", () => {
    // 22:10 in Madrid is 18:10 in Buenos Aires: just closed; Saturday 09:00 there is 13:00 in Madrid.
    const result = simulate(defaults, christmasEve({ timeZone: 'Europe/Madrid', agentTimeZone: BA }));
    expect(result).toMatchObject({ at: '2026-12-24T21:10:00.000Z', send: true, customerTimeZone: 'Europe/Madrid' });
    expect(result.text).toContain('te responderemos el sábado 26 de diciembre a las 13:00.');
  });

  it('says why nothing is sent: a public channel, a reaction, a channel switched off', () => {
    expect(simulate(defaults, christmasEve({ channel: 'facebook_post' }))).toMatchObject({ send: false, reason: 'public_channel', open: false });
    expect(simulate(defaults, christmasEve({ kind: 'reaction' }))).toMatchObject({ send: false, reason: 'reaction' });
    const off = { ...DEFAULT_AUTO_REPLIES, channels: { ...DEFAULT_AUTO_REPLIES.channels, whatsapp: { ...DEFAULT_AUTO_REPLIES.channels.whatsapp!, enabled: false } } };
    expect(simulate({ ...defaults, replies: off }, christmasEve())).toMatchObject({ send: false, reason: 'disabled' });
  });

  it('refuses a zone Intl does not know', () => {
    expect(() => simulate(defaults, christmasEve({ timeZone: 'Mars/Olympus' }))).toThrow(expect.objectContaining({ code: 'invalid_zone' }));
  });
});
