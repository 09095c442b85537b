import { describe, expect, it } from 'vitest';
import type { ReportSnapshots } from '../../protocol/reports.ts';
import type { Audience } from './audience.ts';
import { SNAPSHOT_CACHE_MS, SnapshotCache } from './snapshot-cache.ts';

const team = (...agents: string[]): Audience => ({ agents, teamOf: new Map(agents.map((a) => [a, 'soporte'])) });
const T0 = Date.parse('2030-01-07T10:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);

describe('the snapshots cache', () => {
  it('computes once per audience for a while on the server clock, then again', async () => {
    const cache = new SnapshotCache();
    const computed: string[] = [];
    const compute = (asOf: Date) => {
      computed.push(asOf.toISOString());
      return Promise.resolve({ asOf: asOf.toISOString() } as ReportSnapshots);
    };
    // Two consoles of one team, a moment apart: one computation, as of the first.
    expect((await cache.get(team('lucia', 'mateo'), at(0), compute)).asOf).toBe(at(0).toISOString());
    expect((await cache.get(team('lucia', 'mateo'), at(SNAPSHOT_CACHE_MS - 1), compute)).asOf).toBe(at(0).toISOString());
    // Another audience has its own.
    await cache.get(team('lucia'), at(1000), compute);
    // Past the while, or with the clock set back, it is computed again.
    await cache.get(team('lucia', 'mateo'), at(SNAPSHOT_CACHE_MS), compute);
    await cache.get(team('lucia', 'mateo'), at(-1000), compute);
    expect(computed).toEqual([at(0), at(1000), at(SNAPSHOT_CACHE_MS), at(-1000)].map((d) => d.toISOString()));
  });

  it('keeps no failure: the next caller computes again', async () => {
    const cache = new SnapshotCache();
    await expect(cache.get(team('lucia'), at(0), () => Promise.reject(new Error('disk')))).rejects.toThrow('disk');
    const again = await cache.get(team('lucia'), at(1), (asOf) => Promise.resolve({ asOf: asOf.toISOString() } as ReportSnapshots));
    expect(again.asOf).toBe(at(1).toISOString());
  });
});
