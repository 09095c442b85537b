// A killed console, an interrupted initial sync: nothing typed is lost, nothing sent twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, startCli } from '../fixtures/cli.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { openProfile, reopenProfile } from '../fixtures/services.ts';
import { waitFor } from '../fixtures/wait.ts';
import { agentScope } from '../fixtures/scope.ts';
import { keyOf, peekCache } from '../fixtures/cache.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;

afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

/** A look into the encrypted cache with the profile's key, beside whatever process writes it. */
async function readCache<T>(profile: string, sql: string): Promise<T | undefined> {
  try {
    const db = peekCache(profile, await keyOf(profile));
    try {
      return db.prepare(sql).get() as T | undefined;
    } finally {
      db.close();
    }
  } catch {
    return undefined; // no key or cache yet, or mid-migration
  }
}

const scopeCounts = (s: RunningSandbox, agent: string) => agentScope(s.server.db, agent);

describe('interrupted initial sync', () => {
  beforeEach(async () => {
    sandbox = await startSandbox();
    dir = tempDir();
  });

  it('resumes from the last committed page and ends complete', async () => {
    const first = await openProfile(sandbox, dir.path, 'lucia', { pageSize: 40, maxAttempts: 1 });
    await sandbox.fault({ route: 'pull', skip: 3, status: 500, times: 5 });
    await expect(first.services.syncOnce()).rejects.toThrow(/Server error 500/);
    expect(first.services.store.syncState.get('initial_sync_count')).toBe('120');
    expect(first.services.store.syncState.get('initial_sync_done')).toBeNull();
    first.services.close();
    await sandbox.control('DELETE', '/v1/sandbox/faults');

    const again = await reopenProfile(dir.path, { pageSize: 40 });
    const summary = await again.services.syncOnce();
    const progress = again.events.flatMap((e) => (e.type === 'sync' && e.status.progress ? [e.status.progress] : []));
    expect(progress[0]!.done).toBe(160);
    expect(progress.at(-1)!.done).toBe(120 + summary.pulled);
    const counts = await scopeCounts(sandbox, 'lucia');
    expect(again.services.store.cases.count()).toBe(counts.cases);
    expect((await readCache<{ n: number }>(dir.path, 'SELECT count(*) AS n FROM messages'))?.n).toBe(counts.messages);
    again.services.close();
  });
});

describe('a console killed with SIGKILL', () => {
  beforeEach(async () => {
    sandbox = await startSandbox({ cases: 400 });
    dir = tempDir();
  });

  it('mid-sync loses nothing: the next run resumes and completes the cache', async () => {
    const profile = `${dir.path}/lucia`;
    await cli('login', '--server', sandbox.url, '--user', 'lucia', '--password', 'sandbox', '--profile', profile);
    await sandbox.fault({ route: 'pull', skip: 1, delayMs: 300, times: 100 });
    const run = startCli(['sync', '--profile', profile]);
    await waitFor(() => readCache<{ value: string }>(profile, "SELECT value FROM sync_state WHERE key = 'cursor'"), 'the first page to commit');
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    const partial = (await readCache<{ n: number }>(profile, 'SELECT count(*) AS n FROM messages'))!.n;
    await sandbox.control('DELETE', '/v1/sandbox/faults');

    const resumed = await cli('sync', '--profile', profile);
    expect(resumed.code).toBe(0);
    const counts = await scopeCounts(sandbox, 'lucia');
    expect(partial).toBeLessThan(counts.messages);
    expect((await readCache<{ n: number }>(profile, 'SELECT count(*) AS n FROM messages'))?.n).toBe(counts.messages);
    expect((await readCache<{ n: number }>(profile, 'SELECT count(*) AS n FROM cases'))?.n).toBe(counts.cases);
    const doctor = JSON.parse((await cli('doctor', '--profile', profile)).stdout) as { integrity: string };
    expect(doctor.integrity).toBe('ok');
  });

  it('mid-push, after the server applied it, delivers the reply exactly once', async () => {
    const profile = `${dir.path}/lucia`;
    await cli('login', '--server', sandbox.url, '--user', 'lucia', '--password', 'sandbox', '--profile', profile);
    await cli('sync', '--profile', profile);
    const caseId = (await readCache<{ id: string }>(profile, "SELECT id FROM cases WHERE assigned_to = 'lucia' LIMIT 1"))!.id;
    await cli('reply', '--profile', profile, '--case', caseId, '--text', 'Enviada mientras se cortaba la luz');
    // The server applies the push at once, then holds the answer: the console dies waiting.
    await sandbox.fault({ route: 'push', dropAfterApply: true, delayMs: 20_000 });
    const run = startCli(['sync', '--profile', profile]);
    await waitFor(async () => (await sandbox.outbound()).length === 1, 'the server to apply the push');
    run.child.kill('SIGKILL');
    await run.done;
    expect((await readCache<{ status: string }>(profile, 'SELECT status FROM outbox'))?.status).toBe('pending');

    const again = await cli('sync', '--profile', profile);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ pushed: { already_applied: 1, applied: 0 } });
    expect(await sandbox.outbound()).toHaveLength(1);
    expect((await readCache<{ status: string }>(profile, 'SELECT status FROM outbox'))?.status).toBe('applied');
    expect((await readCache<{ state: string }>(profile, "SELECT state FROM messages WHERE kind = 'reply' ORDER BY sent_at DESC LIMIT 1"))?.state).toBe('sent');
  });
});
