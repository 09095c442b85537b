// The business-hours operations end to end in Node, as the page calls them: an agent reads and
// simulates, a supervisor saves; the week and the simulator evaluate a draft before it is saved.
import { describe, expect, it } from 'vitest';
import type { HoursWeek, Simulation } from '../../shared/business-settings.ts';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../../shared/hours/index.ts';
import { useContractSandbox } from '../../../tests/fixtures/contract-console.ts';

// With the scenario's out-of-hours auto-replies published: the simulator answers with them.
const world = useContractSandbox({ autoReplies: true });

const serverVersion = (id: string) =>
  world.sandbox.server.db.prepare<[string], { version: number }>('SELECT version FROM settings WHERE id = ?').get(id)?.version;

const BA = 'America/Argentina/Buenos_Aires';
const christmasEve = { channel: 'whatsapp', at: '2026-12-24T22:10', timeZone: BA, customerName: 'Ana Gómez', language: 'es', agentTimeZone: BA };
const openLate: BusinessHours = {
  version: 1,
  schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, openings: [{ date: '2026-12-24', intervals: [['09:00', '23:00']] }] }],
};

describe('business hours for an agent', () => {
  it('reads the hours in force, draws the week and simulates, but may not save', async () => {
    const lucia = await world.consoleOf('lucia');
    const settings = await lucia.settings();
    expect(settings).toMatchObject({ hours: DEFAULT_BUSINESS_HOURS, canEdit: false, changes: [], problems: { business_hours: null, auto_replies: null },
      versions: { business_hours: serverVersion('business_hours'), auto_replies: serverVersion('auto_replies') } });
    expect(settings.markets.map((m) => m.code)).toEqual(['AR', 'MX', 'CO', 'PE', 'CL', 'UY', 'ES', 'BR']);
    expect(settings.markets.find((m) => m.code === 'ES')?.regions).toContainEqual({ code: 'MD', name: expect.stringMatching(/Madrid/) });

    const week = await lucia.call<HoursWeek>('hoursWeek', { scheduleId: 'default', weekOf: '2026-12-24', zone: 'agent', agentTimeZone: 'Europe/Madrid' });
    expect(week).toMatchObject({ timeZone: 'Europe/Madrid', weekStart: '2026-12-21' });
    expect(week.days[4]!.stretches.map((s) => s.label ?? null)).toEqual([null, 'Navidad']);
    const simulation = await lucia.call<Simulation>('simulateAutoReply', christmasEve);
    expect(simulation).toMatchObject({ send: true, text: expect.stringContaining('el sábado 26 de diciembre a las 9:00') });

    await expect(lucia.call('saveBusinessHours', { value: openLate, baseVersion: settings.versions.business_hours })).rejects.toMatchObject({ code: 'not_supervisor' });
    await expect(lucia.call('saveBusinessHours', { value: openLate })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(lucia.outbox()).toEqual([]);
  });
});

describe('business hours for a supervisor', () => {
  it('simulates a draft before saving, shows the save pending, then in force once synced', async () => {
    const sofia = await world.consoleOf('sofia');
    expect(await sofia.settings()).toMatchObject({ canEdit: true });
    expect(await sofia.call('simulateAutoReply', { ...christmasEve, draft: { hours: openLate } })).toMatchObject({ send: false, reason: 'open' });
    const week = await sofia.call<HoursWeek>('hoursWeek', { draft: { hours: openLate }, scheduleId: 'default', weekOf: '2026-12-24', zone: 'schedule', agentTimeZone: BA });
    expect(week.days[3]!.stretches.map((s) => [s.open, s.why])).toEqual([[false, 'opening'], [true, 'opening'], [false, 'opening']]);

    const { mutationId } = await sofia.call<{ mutationId: string }>('saveBusinessHours', { value: openLate, baseVersion: (await sofia.settings()).versions.business_hours });
    const pending = await sofia.settings();
    expect(pending.hours).toEqual(DEFAULT_BUSINESS_HOURS);
    expect(pending.changes).toEqual([expect.objectContaining({ id: mutationId, settingId: 'business_hours', status: 'pending', value: openLate, baseVersion: pending.versions.business_hours })]);

    await sofia.sync();
    expect(await sofia.settings()).toMatchObject({ hours: openLate, changes: [] });
    expect(await sofia.call('simulateAutoReply', christmasEve)).toMatchObject({ send: false, reason: 'open' });
  });

  it('refuses an invalid document or draft with its problem in words, and an unknown schedule', async () => {
    const sofia = await world.consoleOf('sofia');
    const broken = { version: 1, schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, week: { mon: [['9:00', '18:00']] } }] };
    await expect(sofia.call('saveBusinessHours', { value: broken, baseVersion: null })).rejects.toMatchObject({ code: 'invalid_setting', message: expect.stringContaining('a time is HH:MM') });
    await expect(sofia.call('saveAutoReplies', { value: { version: 1, channels: { sms: { enabled: true, texts: { es: 'Hola {{agent.name}}' } } } }, baseVersion: null }))
      .rejects.toMatchObject({ code: 'invalid_setting', message: expect.stringContaining('{{agent.name}} cannot be filled') });
    await expect(sofia.call('simulateAutoReply', { ...christmasEve, draft: { hours: broken } })).rejects.toMatchObject({ code: 'invalid_setting' });
    await expect(sofia.call('hoursWeek', { scheduleId: 'night', zone: 'schedule', agentTimeZone: BA })).rejects.toMatchObject({ code: 'schedule_not_found' });
    await expect(sofia.call('hoursWeek', { scheduleId: 'default', zone: 'agent', agentTimeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'invalid_zone' });
    expect(sofia.outbox()).toEqual([]);
  });

  it('keeps a refused save listed, with its document, until dismissed', async () => {
    const sofia = await world.consoleOf('sofia');
    const { mutationId } = await sofia.call<{ mutationId: string }>('saveBusinessHours', { value: openLate, baseVersion: (await sofia.settings()).versions.business_hours });
    await world.sandbox.control('POST', '/v1/sandbox/settings', { id: 'business_hours', value: DEFAULT_BUSINESS_HOURS });
    await sofia.sync();
    expect((await sofia.settings()).changes).toEqual([
      expect.objectContaining({ id: mutationId, status: 'conflict', reason: 'stale_setting', value: openLate }),
    ]);
    await sofia.call('dismissMutation', { id: mutationId });
    expect((await sofia.settings()).changes).toEqual([]);
  });
});
