// The business-hours operations end to end in Node, as the page calls them: an agent reads and
// simulates, a supervisor saves; the week and the simulator evaluate a draft before it is saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusinessSettings, HoursWeek, Simulation } from '../../shared/business-settings.ts';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../../shared/hours/index.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { ConsoleController } from '../console/controller.ts';
import { dispatch } from './dispatch.ts';
import { createHandlers, type Handlers } from './handlers.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let controller: ConsoleController;
let handlers: Handlers;

beforeEach(async () => {
  sandbox = await startSandbox({ autoReplies: true });
  dir = tempDir();
  controller = new ConsoleController({ profilesRoot: dir.path, emit: () => undefined });
  handlers = createHandlers(controller, { openUrl: () => undefined });
});
afterEach(async () => {
  await controller.close();
  await sandbox.stop();
  dir.remove();
});

const call = async <T>(op: string, input?: unknown): Promise<T> => {
  const result = await dispatch(handlers, op, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
};
const signIn = async (username: string) => {
  await call('connect', { server: sandbox.url, username, password: 'sandbox' });
  await controller.current.syncOnce();
};

const serverVersion = (id: string) =>
  sandbox.server.db.prepare<[string], { version: number }>('SELECT version FROM settings WHERE id = ?').get(id)?.version;
const settingsNow = () => call<BusinessSettings>('getBusinessSettings');

const BA = 'America/Argentina/Buenos_Aires';
const christmasEve = { channel: 'whatsapp', at: '2026-12-24T22:10', timeZone: BA, customerName: 'Ana Gómez', language: 'es', agentTimeZone: BA };
const openLate: BusinessHours = {
  version: 1,
  schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, openings: [{ date: '2026-12-24', intervals: [['09:00', '23:00']] }] }],
};

describe('business hours for an agent', () => {
  it('reads the hours in force, draws the week and simulates, but may not save', async () => {
    await signIn('lucia');
    const settings = await call<BusinessSettings>('getBusinessSettings');
    expect(settings).toMatchObject({ hours: DEFAULT_BUSINESS_HOURS, canEdit: false, changes: [], problems: { business_hours: null, auto_replies: null },
      versions: { business_hours: serverVersion('business_hours'), auto_replies: serverVersion('auto_replies') } });
    expect(settings.markets.map((m) => m.code)).toEqual(['AR', 'MX', 'CO', 'PE', 'CL', 'UY', 'ES', 'BR']);
    expect(settings.markets.find((m) => m.code === 'ES')?.regions).toContainEqual({ code: 'MD', name: expect.stringMatching(/Madrid/) });

    const week = await call<HoursWeek>('hoursWeek', { scheduleId: 'default', weekOf: '2026-12-24', zone: 'agent', agentTimeZone: 'Europe/Madrid' });
    expect(week).toMatchObject({ timeZone: 'Europe/Madrid', weekStart: '2026-12-21' });
    expect(week.days[4]!.stretches.map((s) => s.label ?? null)).toEqual([null, 'Navidad']);
    const simulation = await call<Simulation>('simulateAutoReply', christmasEve);
    expect(simulation).toMatchObject({ send: true, text: expect.stringContaining('el sábado 26 de diciembre a las 9:00') });

    await expect(call('saveBusinessHours', { value: openLate, baseVersion: settings.versions.business_hours })).rejects.toMatchObject({ code: 'not_supervisor' });
    await expect(call('saveBusinessHours', { value: openLate })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(controller.current.store.outbox.list()).toEqual([]);
  });
});

describe('business hours for a supervisor', () => {
  it('simulates a draft before saving, shows the save pending, then in force once synced', async () => {
    await signIn('sofia');
    expect(await call<BusinessSettings>('getBusinessSettings')).toMatchObject({ canEdit: true });
    expect(await call('simulateAutoReply', { ...christmasEve, draft: { hours: openLate } })).toMatchObject({ send: false, reason: 'open' });
    const week = await call<HoursWeek>('hoursWeek', { draft: { hours: openLate }, scheduleId: 'default', weekOf: '2026-12-24', zone: 'schedule', agentTimeZone: BA });
    expect(week.days[3]!.stretches.map((s) => [s.open, s.why])).toEqual([[false, 'opening'], [true, 'opening'], [false, 'opening']]);

    const { mutationId } = await call<{ mutationId: string }>('saveBusinessHours', { value: openLate, baseVersion: (await settingsNow()).versions.business_hours });
    const pending = await call<BusinessSettings>('getBusinessSettings');
    expect(pending.hours).toEqual(DEFAULT_BUSINESS_HOURS);
    expect(pending.changes).toEqual([expect.objectContaining({ id: mutationId, settingId: 'business_hours', status: 'pending', value: openLate, baseVersion: pending.versions.business_hours })]);

    await controller.current.syncOnce();
    expect(await call<BusinessSettings>('getBusinessSettings')).toMatchObject({ hours: openLate, changes: [] });
    expect(await call('simulateAutoReply', christmasEve)).toMatchObject({ send: false, reason: 'open' });
  });

  it('refuses an invalid document or draft with its problem in words, and an unknown schedule', async () => {
    await signIn('sofia');
    const broken = { version: 1, schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, week: { mon: [['9:00', '18:00']] } }] };
    await expect(call('saveBusinessHours', { value: broken, baseVersion: null })).rejects.toMatchObject({ code: 'invalid_setting', message: expect.stringContaining('a time is HH:MM') });
    await expect(call('saveAutoReplies', { value: { version: 1, channels: { sms: { enabled: true, texts: { es: 'Hola {{agent.name}}' } } } }, baseVersion: null }))
      .rejects.toMatchObject({ code: 'invalid_setting', message: expect.stringContaining('{{agent.name}} cannot be filled') });
    await expect(call('simulateAutoReply', { ...christmasEve, draft: { hours: broken } })).rejects.toMatchObject({ code: 'invalid_setting' });
    await expect(call('hoursWeek', { scheduleId: 'night', zone: 'schedule', agentTimeZone: BA })).rejects.toMatchObject({ code: 'schedule_not_found' });
    await expect(call('hoursWeek', { scheduleId: 'default', zone: 'agent', agentTimeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'invalid_zone' });
    expect(controller.current.store.outbox.list()).toEqual([]);
  });

  it('keeps a refused save listed, with its document, until dismissed', async () => {
    await signIn('sofia');
    const { mutationId } = await call<{ mutationId: string }>('saveBusinessHours', { value: openLate, baseVersion: (await settingsNow()).versions.business_hours });
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'business_hours', value: DEFAULT_BUSINESS_HOURS });
    await controller.current.syncOnce();
    expect((await call<BusinessSettings>('getBusinessSettings')).changes).toEqual([
      expect.objectContaining({ id: mutationId, status: 'conflict', reason: 'stale_setting', value: openLate }),
    ]);
    await call('dismissMutation', { id: mutationId });
    expect((await call<BusinessSettings>('getBusinessSettings')).changes).toEqual([]);
  });
});
