// A console that goes offline counts as away from its last contact, in past spells too: lucia is
// busy on Monday afternoon, closes the console and comes back on Wednesday. The server keeps
// that spell as away, so Monday evening and Tuesday are not productive time in her occupancy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConsole } from '../fixtures/raw-console.ts';
import { LONG_SESSIONS, startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';

/** A Monday after the sandbox's history of working days. */
const T0 = Date.parse('2030-03-04T13:00:00.000Z');
const SECOND = 1000;
const DAY = 86_400_000;

let sandbox: RunningSandbox;
let lucia: Awaited<ReturnType<typeof rawConsole>>;

beforeEach(async () => {
  sandbox = await startSandbox({ sessions: LONG_SESSIONS });
  await sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(T0).toISOString() });
  lucia = await rawConsole(sandbox, 'lucia');
});
afterEach(() => sandbox.stop());

const at = (ms: number) => sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(T0 + ms).toISOString() });
const presenceRows = () => sandbox.server.db.prepare<[string, string], { state: string; at: string }>(
  'SELECT state, at FROM presence WHERE username = ? AND at >= ? ORDER BY at, id').all('lucia', new Date(T0).toISOString());

describe('a console closed on Monday and opened on Wednesday', () => {
  it('is away from its last Monday call until it calls again, and the report counts no busy time in between', async () => {
    await lucia.api.presence('available');
    await at(60 * SECOND);
    await lucia.api.presence('busy');
    await at(120 * SECOND);
    await lucia.api.pull(null, 1);
    // 10 s later: a call the server does not write (one write per 15 s), yet her true last contact.
    await at(130 * SECOND);
    await lucia.api.pull(null, 1);
    // 85 s after that call, 95 s after the stored one: still in contact, no away spell.
    await at(215 * SECOND);
    await lucia.api.pull(null, 1);
    expect(presenceRows().map((r) => r.state)).toEqual(['available', 'busy']);

    // The laptop closes; Wednesday morning the console calls again.
    await at(2 * DAY);
    await lucia.api.pull(null, 1);
    const rows = presenceRows();
    expect(rows.map((r) => r.state)).toEqual(['available', 'busy', 'away', 'busy']);
    const [available, busy, away, back] = rows.map((r) => Date.parse(r.at)) as [number, number, number, number];
    // Away from the last Monday call (not a later one, not the trailing stored contact).
    expect(away).toBeGreaterThanOrEqual(T0 + 215 * SECOND);
    expect(away).toBeLessThan(T0 + 216 * SECOND);
    expect(back).toBeGreaterThanOrEqual(T0 + 2 * DAY);

    // Her own report from Monday 12:00 until the moment she was back.
    const report = await lucia.api.report({ from: new Date(T0 - 3_600_000).toISOString(), to: new Date(back).toISOString() });
    const { occupancy } = report;
    expect(occupancy.productiveSeconds).toBeCloseTo((away - busy) / 1000, 3);
    expect(occupancy.signedInSeconds).toBeCloseTo((away - available) / 1000, 3);
    expect(occupancy.productiveSeconds).toBeLessThan(300);
  });
});
