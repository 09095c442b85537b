// The reports snapshot against the real sandbox, in a real cache file: fetched after a pull,
// not again within 5 minutes, kept across a restart and when the server answers something that
// is not the contract; and read offline through the contract, which says what needs the network.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openProfile, reopenProfile, type TestProfile } from '../../../tests/fixtures/services.ts';
import { useContractSandbox } from '../../../tests/fixtures/contract-console.ts';
import type { ReportAnswer } from '../../shared/reports/operations.ts';
import { presetPeriod } from '../../shared/reports/period.ts';
import { ApiClient } from '../sync/api-client.ts';
import { ReportSnapshotSync, SNAPSHOT_EVERY_MS } from './snapshots.ts';

const world = useContractSandbox();
const profiles: TestProfile[] = [];

// Registered after the fixture's, so it runs before it: the profiles close before the sandbox
// stops and their folder is removed.
afterEach(() => {
  for (const p of profiles.splice(0)) p.services.close();
});

/** A console's services (the ones that keep the snapshot; the CLI's do not). */
async function profileOf(username: string, clock?: () => Date): Promise<TestProfile> {
  const folder = `${world.folder}/${username}`;
  const first = await openProfile(world.sandbox, folder, username);
  if (!clock) {
    first.services.runAsConsole();
    profiles.push(first);
    return first;
  }
  first.services.close();
  const opened = await reopenProfile(folder, {}, clock);
  opened.services.runAsConsole();
  profiles.push(opened);
  return opened;
}

describe('the reports snapshot', () => {
  it('is fetched after a pull into the cache file, not again within 5 minutes, and read again after a restart', async () => {
    let now = new Date('2026-12-09T12:00:00Z');
    const sofia = await profileOf('sofia', () => now);
    await sofia.services.syncOnce();
    const first = sofia.services.store.reportSnapshots.get();
    expect(first?.fetchedAt).toBe('2026-12-09T12:00:00.000Z');
    expect(first?.snapshots.weeks).toHaveLength(8);
    // Sofía supervises both teams: the snapshot counts their agents.
    expect(first?.snapshots.month.agents).toEqual(expect.arrayContaining(['lucia', 'mateo']));
    expect(sofia.events).toContainEqual({ type: 'changed', entities: ['report_snapshot'] });

    now = new Date(now.getTime() + SNAPSHOT_EVERY_MS - 1000);
    await sofia.services.syncOnce();
    expect(sofia.services.store.reportSnapshots.get()?.fetchedAt).toBe('2026-12-09T12:00:00.000Z');

    now = new Date(now.getTime() + 1000);
    await sofia.services.syncOnce();
    const latest = sofia.services.store.reportSnapshots.get();
    expect(latest?.fetchedAt).toBe('2026-12-09T12:05:00.000Z');

    sofia.services.close();
    profiles.splice(0);
    const again = await reopenProfile(`${world.folder}/sofia`);
    profiles.push(again);
    expect(again.services.store.reportSnapshots.get()).toEqual(latest);
  });

  it('keeps the snapshot it holds when the server answers something that is not the contract, and says so in the log', async () => {
    const lucia = await profileOf('lucia');
    await lucia.services.syncOnce();
    const held = lucia.services.store.reportSnapshots.get();
    expect(held?.snapshots.month.agents).toEqual(['lucia']);

    const liar: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ asOf: 'yesterday', weeks: 'many' }));
    });
    await new Promise<void>((resolve) => liar.listen(0, '127.0.0.1', resolve));
    try {
      const api = new ApiClient({ baseUrl: `http://127.0.0.1:${(liar.address() as AddressInfo).port}`, token: () => 'token' });
      const sync = new ReportSnapshotSync({ api, store: lucia.services.store, profile: { role: 'agent' }, log: lucia.log, now: () => new Date(Date.now() + 2 * SNAPSHOT_EVERY_MS) });
      expect(await sync.afterPull()).toBe('failed');
    } finally {
      await new Promise((resolve) => liar.close(resolve));
    }
    expect(lucia.services.store.reportSnapshots.get()).toEqual(held);
    expect(lucia.log.lines).toContainEqual({
      level: 'warn',
      message: expect.stringMatching(new RegExp(`^Reports snapshot not updated \\(the one fetched at ${held?.fetchedAt ?? ''} is kept\\): .*malformed payload`)),
    });
  });

  it('is not asked for by the CLI, whose sync is one command, not a console', async () => {
    const folder = `${world.folder}/cli-sofia`;
    const sofia = await openProfile(world.sandbox, folder, 'sofia');
    profiles.push(sofia);
    await sofia.services.syncOnce();
    expect(sofia.services.store.reportSnapshots.get()).toBeNull();
    expect(sofia.events).not.toContainEqual({ type: 'changed', entities: ['report_snapshot'] });
  });

  it('is not asked for by a trainer, whom the server gives no reports', async () => {
    const diego = await profileOf('diego');
    await diego.services.syncOnce();
    expect(diego.services.store.reportSnapshots.get()).toBeNull();
  });

  it('answers the page offline for the periods it holds, and says the others and the drill-down need the network', async () => {
    const sofia = await world.consoleOf('sofia');
    const month = presetPeriod('thisMonth', new Date());
    const live = await sofia.call<ReportAnswer>('operationReport', month);
    expect(live).toMatchObject({ source: 'live', substituted: false });

    await world.sandbox.goOffline();
    const offline = await sofia.call<ReportAnswer>('operationReport', month);
    expect(offline).toMatchObject({ source: 'snapshot', substituted: false, current: { from: month.from, cases: live.current.cases } });
    expect(offline.previous?.from).toBe(live.previous?.from);

    const thisWeek = await sofia.call<ReportAnswer>('operationReport', presetPeriod('thisWeek', new Date()));
    expect(thisWeek).toMatchObject({ source: 'snapshot', substituted: false });

    const other = await sofia.call<ReportAnswer>('operationReport', { from: '2020-01-01T00:00:00.000Z', to: '2020-01-04T00:00:00.000Z' });
    expect(other).toMatchObject({ source: 'snapshot', substituted: true, current: { from: month.from } });

    await expect(sofia.call('reportCases', month)).rejects.toMatchObject({ code: 'reports_offline' });
    await expect(sofia.call('operationReport', { ...month, agent: 'lucia' })).rejects.toMatchObject({ code: 'reports_offline' });
  });
});
