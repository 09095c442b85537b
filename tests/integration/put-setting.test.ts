// A supervisor's business hours and auto-replies against the sandbox: queued like any change,
// applied by the server only for a supervisor, with a valid document, on the latest version,
// and then seen by every console.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_REPLIES } from '../../src/shared/autoreply/index.ts';
import { DEFAULT_CSAT } from '../../src/shared/csat/settings.ts';
import { DEFAULT_ROUTING, type RoutingDocument } from '../../src/shared/routing/document.ts';
import { DEFAULT_LISTENING, type ListeningDocument } from '../../src/shared/listening/document.ts';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from '../../src/shared/hours/index.ts';
import { documentsInForce } from '../../src/main/hours/documents.ts';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { openProfile, type TestProfile } from '../fixtures/services.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let sofia: TestProfile;
let lucia: TestProfile;

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  sofia = await openProfile(sandbox, `${dir.path}/sofia`, 'sofia');
  lucia = await openProfile(sandbox, `${dir.path}/lucia`, 'lucia');
  await sofia.services.syncOnce();
  await lucia.services.syncOnce();
});
afterEach(async () => {
  sofia.services.close();
  lucia.services.close();
  await sandbox.stop();
  dir.remove();
});

const schedule = DEFAULT_BUSINESS_HOURS.schedules[0]!;
/** The default hours with weekdays until `until`. */
const weekdaysUntil = (until: string): BusinessHours => {
  const day: [string, string][] = [['09:00', until]];
  return { version: 1, schedules: [{ ...schedule, week: { ...schedule.week, mon: day, tue: day, wed: day, thu: day, fri: day } }] };
};
const serverSetting = (id: string) => {
  const row = sandbox.server.db.prepare<[string], { value: string; version: number }>('SELECT value, version FROM settings WHERE id = ?').get(id);
  return row && { value: JSON.parse(row.value) as unknown, version: row.version };
};
/** The version of the document this console holds: where a draft opened now would start. */
const held = (profile: TestProfile, id: string) => profile.services.store.reference.settingRow(id)?.version ?? null;
const inForce = (profile: TestProfile) => documentsInForce(profile.services.store.reference);
const outcome = (profile: TestProfile) => profile.services.store.outbox.list().filter((m) => m.name === 'put_setting').map((m) => [m.status, m.reason]);

describe('put_setting', () => {
  it('takes a supervisor’s survey settings for every console, and refuses a broken one or an agent’s with a clear error', async () => {
    const csat = { ...DEFAULT_CSAT, sampleRate: 0.5, teams: ['soporte'] };
    expect(held(sofia, 'csat')).not.toBeNull(); // the sandbox seeds the default survey
    sofia.services.commands.putSetting('csat', csat, 'supervisor', held(sofia, 'csat'));
    await sofia.services.syncOnce();
    expect(serverSetting('csat')?.value).toEqual(csat);
    expect(outcome(sofia)).toEqual([['applied', null]]);
    await lucia.services.syncOnce();
    expect(inForce(lucia).problems.csat).toBeNull();
    expect(lucia.services.store.reference.settingRow('csat')?.version).toBe(serverSetting('csat')?.version);

    const oneQuestion = { ...csat, questions: { ...csat.questions, es: ['¿Todo bien?'] } };
    expect(() => sofia.services.commands.putSetting('csat', oneQuestion, 'supervisor', held(sofia, 'csat'))).toThrow(/csat document is not valid: .*questions\.es/s);
    expect(() => lucia.services.commands.putSetting('csat', csat, 'agent', held(lucia, 'csat'))).toThrow(/Only a supervisor/);
    expect(sofia.services.store.outbox.settingChanges().filter((c) => c.status === 'pending')).toEqual([]);
  });

  it('takes a supervisor’s routing for every console, and refuses a broken one or an agent’s with a clear error', async () => {
    const routing: RoutingDocument = {
      teams: [{ id: 'soporte', name: 'Soporte', kind: 'team', members: ['lucia'], skills: { languages: ['en'] } }],
      rules: [{ kind: 'language' }, { kind: 'load' }],
    };
    expect(held(sofia, 'routing')).not.toBeNull(); // the scenario seeds its teams and rules
    sofia.services.commands.putSetting('routing', routing, 'supervisor', held(sofia, 'routing'));
    await sofia.services.syncOnce();
    expect(serverSetting('routing')?.value).toEqual(routing);
    await lucia.services.syncOnce();
    expect(inForce(lucia).problems.routing).toBeNull();
    expect(lucia.services.store.reference.settingRow('routing')?.version).toBe(serverSetting('routing')?.version);

    const overflowNowhere = { ...routing, teams: [{ ...routing.teams[0]!, overflow: { afterMinutes: 10, to: 'ventas' } }] };
    expect(() => sofia.services.commands.putSetting('routing', overflowNowhere, 'supervisor', held(sofia, 'routing')))
      .toThrow(/routing document is not valid: .*no team "ventas"/s);
    expect(() => lucia.services.commands.putSetting('routing', DEFAULT_ROUTING, 'agent', held(lucia, 'routing'))).toThrow(/Only a supervisor/);
    expect(sofia.services.store.outbox.settingChanges().filter((c) => c.status === 'pending')).toEqual([]);
  });

  it('takes a supervisor’s listening keywords for every console, and refuses a broken one or an agent’s with a clear error', async () => {
    const listening: ListeningDocument = { ...DEFAULT_LISTENING, keywords: [{ keyword: 'Conecta', forms: ['conceta', 'konecta', 'kanekto'], common: true }] };
    sofia.services.commands.putSetting('listening', listening, 'supervisor', held(sofia, 'listening'));
    await sofia.services.syncOnce();
    expect(serverSetting('listening')?.value).toEqual(listening);
    await lucia.services.syncOnce();
    expect(inForce(lucia).listening).toEqual(listening);
    expect(inForce(lucia).problems.listening).toBeNull();

    const twoWords = { ...listening, keywords: [{ keyword: 'Conecta', forms: ['co necta'] }] };
    expect(() => sofia.services.commands.putSetting('listening', twoWords, 'supervisor', held(sofia, 'listening')))
      .toThrow(/listening document is not valid: .*one word of letters and digits/s);
    expect(() => lucia.services.commands.putSetting('listening', DEFAULT_LISTENING, 'agent', held(lucia, 'listening'))).toThrow(/Only a supervisor/);
    expect(sofia.services.store.outbox.settingChanges().filter((c) => c.status === 'pending')).toEqual([]);
  });

  it('queues a supervisor’s hours without applying them, then the server stores them for every console', async () => {
    await sandbox.goOffline();
    sofia.services.commands.putSetting('business_hours', weekdaysUntil('23:00'), 'supervisor', held(sofia, 'business_hours'));
    // Nothing is in force until the server takes it: the auto-reply engine reads this row.
    expect(inForce(sofia).hours).toEqual(DEFAULT_BUSINESS_HOURS);
    expect(sofia.services.store.outbox.settingChanges()).toMatchObject([{ status: 'pending', args: { settingId: 'business_hours' } }]);
    await expect(sofia.services.syncOnce()).rejects.toThrow();

    await sandbox.restart();
    await sofia.services.syncOnce();
    expect(serverSetting('business_hours')?.value).toEqual(weekdaysUntil('23:00'));
    expect(outcome(sofia)).toEqual([['applied', null]]);
    expect(inForce(sofia).hours).toEqual(weekdaysUntil('23:00'));
    expect(sofia.services.store.outbox.settingChanges()).toEqual([]);

    await lucia.services.syncOnce();
    expect(inForce(lucia)).toMatchObject({ hours: weekdaysUntil('23:00'), problems: { business_hours: null } });
  });

  it('applies two saves of one console in order, both based on the version it had', async () => {
    await sandbox.goOffline();
    sofia.services.commands.putSetting('business_hours', weekdaysUntil('20:00'), 'supervisor', held(sofia, 'business_hours'));
    sofia.services.commands.putSetting('business_hours', weekdaysUntil('21:00'), 'supervisor', held(sofia, 'business_hours'));
    await sandbox.restart();
    await sofia.services.syncOnce();
    expect(outcome(sofia)).toEqual([['applied', null], ['applied', null]]);
    expect(serverSetting('business_hours')?.value).toEqual(weekdaysUntil('21:00'));
  });

  it('refuses a change based on a version someone else replaced: stale_setting, nothing changes', async () => {
    const { version: seeded } = serverSetting('auto_replies')!;
    const off = { ...DEFAULT_AUTO_REPLIES, channels: { ...DEFAULT_AUTO_REPLIES.channels, whatsapp: { ...DEFAULT_AUTO_REPLIES.channels.whatsapp!, enabled: false } } };
    sofia.services.commands.putSetting('auto_replies', off, 'supervisor', held(sofia, 'auto_replies'));
    const administrators = { ...DEFAULT_AUTO_REPLIES, freshnessMinutes: 30 };
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'auto_replies', value: administrators });
    await sofia.services.syncOnce();
    expect(outcome(sofia)).toEqual([['conflict', 'stale_setting']]);
    expect(serverSetting('auto_replies')).toMatchObject({ value: administrators });
    expect(serverSetting('auto_replies')!.version).toBeGreaterThan(seeded);
    expect(inForce(sofia).replies).toEqual(administrators);
    expect(sofia.services.store.outbox.settingChanges()).toMatchObject([{ status: 'conflict', reason: 'stale_setting', args: { value: off } }]);

    // Based on the version now in force, the same change goes through.
    sofia.services.commands.putSetting('auto_replies', off, 'supervisor', held(sofia, 'auto_replies'));
    await sofia.services.syncOnce();
    expect(serverSetting('auto_replies')?.value).toEqual(off);
  });

  it('keeps the version a draft started from: a save made meanwhile on another console is refused, not overwritten', async () => {
    // The supervisor on a second laptop: another console, so a save from it is someone else's.
    const laptop = await openProfile(sandbox, `${dir.path}/sofia-laptop`, 'sofia');
    try {
      await laptop.services.syncOnce();
      const started = held(laptop, 'business_hours'); // the laptop's page opens and a draft starts here
      sofia.services.commands.putSetting('business_hours', weekdaysUntil('20:00'), 'supervisor', held(sofia, 'business_hours'));
      await sofia.services.syncOnce();
      await laptop.services.syncOnce(); // the desk's version reaches the laptop while its draft is open
      expect(held(laptop, 'business_hours')).toBeGreaterThan(started!);

      laptop.services.commands.putSetting('business_hours', weekdaysUntil('22:00'), 'supervisor', started);
      await laptop.services.syncOnce();
      expect(outcome(laptop)).toEqual([['conflict', 'stale_setting']]);
      expect(serverSetting('business_hours')?.value).toEqual(weekdaysUntil('20:00'));
      // Nothing typed is lost: the refused save keeps its document, and the latest is in force.
      expect(laptop.services.store.outbox.settingChanges()).toMatchObject([{ status: 'conflict', args: { value: weekdaysUntil('22:00'), baseVersion: started } }]);
      expect(inForce(laptop).hours).toEqual(weekdaysUntil('20:00'));

      // Taken up again on the latest version, after review, it goes through.
      laptop.services.commands.putSetting('business_hours', weekdaysUntil('22:00'), 'supervisor', held(laptop, 'business_hours'));
      await laptop.services.syncOnce();
      expect(outcome(laptop)).toEqual([['conflict', 'stale_setting'], ['applied', null]]);
      expect(serverSetting('business_hours')?.value).toEqual(weekdaysUntil('22:00'));
    } finally {
      laptop.services.close();
    }
  });

  it('refuses an agent (not_supervisor) and a document the schema refuses (invalid_setting), whatever a console sent', async () => {
    // A console that skipped its own check: the server checks the role again.
    lucia.services.commands.putSetting('business_hours', weekdaysUntil('23:00'), 'supervisor', held(lucia, 'business_hours'));
    await lucia.services.syncOnce();
    expect(outcome(lucia)).toEqual([['rejected', 'not_supervisor']]);

    const login = await new ApiClient({ baseUrl: sandbox.url, token: () => null }).login('sofia', 'sandbox');
    const api = new ApiClient({ baseUrl: sandbox.url, token: () => login.token });
    const broken = { version: 1, schedules: [{ ...schedule, timeZone: 'Mars/Olympus' }] };
    const { results } = await api.push(`raw-${randomUUID()}`, [
      { seq: 1, id: randomUUID(), name: 'put_setting', args: { settingId: 'business_hours', value: broken, baseVersion: null }, baseVersion: null },
    ]);
    expect(results).toMatchObject([{ status: 'rejected', reason: 'invalid_setting', message: expect.stringContaining('an IANA time zone') }]);
    expect(serverSetting('business_hours')?.value).toEqual(DEFAULT_BUSINESS_HOURS);
  });

  it('has the trainer control check business hours and auto-replies too', async () => {
    await expect(sandbox.control('POST', '/v1/sandbox/settings', { id: 'business_hours', value: { version: 1, schedules: [] } }))
      .rejects.toThrow(/400.*invalid_setting/);
    await expect(sandbox.control('POST', '/v1/sandbox/settings', { id: 'auto_replies', value: { version: 1, channels: { sms: { enabled: true, texts: { es: 'Hola {{agent.name}}' } } } } }))
      .rejects.toThrow(/400.*invalid_setting/);
  });
});
