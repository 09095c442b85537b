import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/fixtures/sandbox.ts';
import { waitFor } from '../../tests/fixtures/wait.ts';
import { openEmbeddedSandbox, type EmbeddedSandbox } from './embedded-sandbox.ts';

const dir = tempDir();
let running: EmbeddedSandbox | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

const waitForIdleSync = (sandbox: EmbeddedSandbox) =>
  waitFor(() => sandbox.services.engine.status.lastSyncedAt !== null && sandbox.services.engine.status.state === 'idle', 'the first sync');

describe('the embedded training sandbox', () => {
  it('starts on loopback, signs in as a seeded agent and syncs the training cases', async () => {
    running = await openEmbeddedSandbox({ profilesRoot: dir.path });
    expect(running.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.services.profile).toMatchObject({ sandbox: true, username: 'lucia' });
    await waitForIdleSync(running);
    expect(running.services.store.cases.inbox('lucia', 500).length).toBeGreaterThan(15);
  });

  it('keeps the cache and the pending outbox across a restart on a new port', async () => {
    running = await openEmbeddedSandbox({ profilesRoot: dir.path });
    await waitForIdleSync(running);
    const firstUrl = running.server.url;
    const clientId = running.services.profile.clientId;
    running.services.close();
    await running.server.close();

    running = await openEmbeddedSandbox({ profilesRoot: dir.path });
    expect(running.server.url).not.toBe(firstUrl);
    expect(running.services.profile.clientId).toBe(clientId);
    await waitForIdleSync(running);
    const target = running.services.store.cases.inbox('lucia', 1)[0]!;
    running.services.commands.sendReply(target.id, 'Práctica de capacitación');
    const server = running.server;
    await waitFor(() => (server.db.prepare('SELECT count(*) AS n FROM outbound').get() as { n: number }).n === 1, 'the reply to reach the sandbox');
  });
});
