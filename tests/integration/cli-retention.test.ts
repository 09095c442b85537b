// Retention and the offline limit as an operator meets them in the CLI, against a real sandbox
// on loopback whose clock the test moves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../fixtures/cli.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

const DAY = 86_400_000;
let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let profile: string;

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  profile = `${dir.path}/lucia`;
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const login = () => cli('login', '--server', sandbox.url, '--user', 'lucia', '--password', 'sandbox', '--profile', profile);
const advanceServer = (days: number) => sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(Date.now() + days * DAY).toISOString() });

describe('atiende CLI under retention', () => {
  it('lists a purged case by number and state, saying its text was removed by retention', async () => {
    await sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: { version: 1, textDays: 90, maxOfflineDays: 365 } });
    await login();
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    await advanceServer(100);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    const listing = (await cli('cases', '--profile', profile, '--view', 'all')).stdout.split('\n');
    expect(listing.find((line) => line.startsWith('#1036'))).toMatch(/resolved .*\(Texto eliminado por retención\)$/);
    expect(listing.find((line) => line.startsWith('#1001'))).not.toMatch(/retención/);
  });

  it('refuses to show cases past the offline limit in one sentence, until signing in again', async () => {
    await login();
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    await advanceServer(15);
    const sync = await cli('sync', '--profile', profile);
    expect(sync.code).toBe(1);
    expect(sync.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^atiende: This computer has not reached the server for 14 days or more: sign in again/)]);
    const cases = await cli('cases', '--profile', profile);
    expect(cases.code).toBe(1);
    expect(cases.stdout).toBe('');
    expect(cases.stderr.trim().split('\n')).toHaveLength(1);
    expect(cases.stderr).toMatch(/sign in again \(login\) to see the cases/);

    expect((await login()).code).toBe(0);
    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    expect((await cli('cases', '--profile', profile)).stdout).toMatch(/^#1/);
  });
});
