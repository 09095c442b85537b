// The retention document as the console's page saves it, against the sandbox server: a
// supervisor's save is queued, taken by the server and then in force on every console (an
// agent's too, which reads it and may not change it); a save on a version someone else
// replaced meanwhile is refused, and an invalid one never leaves the console.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, type Retention } from '../../shared/retention.ts';
import { useContractSandbox } from '../../../tests/fixtures/contract-console.ts';
import { RETENTION_DOCUMENT, settingInForce } from '../settings/in-force.ts';

const world = useContractSandbox();

async function consoleOf(username: string) {
  const opened = await world.consoleOf(username);
  /** What the retention code itself reads (the purge, the offline limit). */
  return { ...opened, inForce: () => settingInForce(opened.controller.current.store.reference, RETENTION_DOCUMENT).value };
}

const serverRetention = () => {
  const row = world.sandbox.server.db.prepare<[], { value: string }>("SELECT value FROM settings WHERE id = 'retention'").get();
  return row && (JSON.parse(row.value) as unknown);
};
const shorter: Retention = { version: 1, textDays: 60, outboxDays: 20, maxOfflineDays: 10 };

describe('retention', () => {
  it('a supervisor’s save is in force nowhere until the server takes it, then on every console, read-only for an agent', async () => {
    const sofia = await consoleOf('sofia');
    const lucia = await consoleOf('lucia');
    const before = await sofia.settings();
    expect(before).toMatchObject({ retention: DEFAULT_RETENTION, canEdit: true, problems: { retention: null } });

    const { mutationId } = await sofia.call<{ mutationId: string }>('saveRetention', { value: shorter, baseVersion: before.versions.retention });
    const pending = await sofia.settings();
    expect(pending.retention).toEqual(DEFAULT_RETENTION);
    expect(pending.changes).toEqual([expect.objectContaining({ id: mutationId, settingId: 'retention', status: 'pending', value: shorter })]);
    expect(sofia.inForce()).toEqual(DEFAULT_RETENTION);

    await sofia.sync();
    expect(serverRetention()).toEqual(shorter);
    expect(await sofia.settings()).toMatchObject({ retention: shorter, changes: [] });

    await lucia.sync();
    const seen = await lucia.settings();
    expect(seen).toMatchObject({ retention: shorter, canEdit: false });
    expect(lucia.inForce()).toEqual(shorter);
    await expect(lucia.call('saveRetention', { value: DEFAULT_RETENTION, baseVersion: seen.versions.retention })).rejects.toMatchObject({ code: 'not_supervisor' });
    expect(lucia.outbox()).toEqual([]);
  });

  it('a save based on a version another console replaced meanwhile is refused as stale, and changes nothing', async () => {
    const first = await consoleOf('sofia');
    const second = await consoleOf('sofia');
    // The second console's draft starts now, from the version both hold.
    const draftBase = (await second.settings()).versions.retention;
    await first.call('saveRetention', { value: shorter, baseVersion: (await first.settings()).versions.retention });
    await first.sync();
    await second.sync();
    expect((await second.settings()).retention).toEqual(shorter);

    const { mutationId } = await second.call<{ mutationId: string }>('saveRetention', { value: { ...shorter, textDays: 30 }, baseVersion: draftBase });
    await second.sync();
    expect(serverRetention()).toEqual(shorter);
    expect((await second.settings()).changes).toEqual([
      expect.objectContaining({ id: mutationId, settingId: 'retention', status: 'conflict', reason: 'stale_setting', value: { ...shorter, textDays: 30 } }),
    ]);
    expect(second.inForce()).toEqual(shorter);
  });

  it('refuses a document outside the bounds or in fractions of a day before queueing it', async () => {
    const sofia = await consoleOf('sofia');
    for (const value of [{ ...shorter, textDays: 0 }, { ...shorter, outboxDays: 3651 }, { ...shorter, maxOfflineDays: 366 }, { ...shorter, maxOfflineDays: 2.5 }]) {
      await expect(sofia.call('saveRetention', { value, baseVersion: null })).rejects.toMatchObject({ code: 'invalid_setting', message: expect.stringContaining('retention') });
    }
    expect(sofia.outbox()).toEqual([]);
  });
});
