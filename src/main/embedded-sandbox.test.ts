import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/fixtures/sandbox.ts';
import { waitFor } from '../../tests/fixtures/wait.ts';
import { ConsoleController } from './console/controller.ts';
import { openEmbeddedSandbox, type EmbeddedSandbox } from './embedded-sandbox.ts';

const dir = tempDir();
let running: EmbeddedSandbox | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});
afterAll(() => dir.remove());

const waitForIdleSync = (sandbox: EmbeddedSandbox) =>
  waitFor(() => sandbox.services.engine.status.lastSyncedAt !== null && sandbox.services.engine.status.state === 'idle', 'the first sync');

describe('the embedded training sandbox', () => {
  it('starts on loopback, signs in as a seeded agent and syncs the training cases', async () => {
    running = await openEmbeddedSandbox({ profilesRoot: `${dir.path}/first` });
    expect(running.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.services.profile).toMatchObject({ sandbox: true, username: 'lucia' });
    await waitForIdleSync(running);
    expect(running.services.store.cases.inbox('lucia', { limit: 500 }).length).toBeGreaterThan(15);
  });

  it('keeps the cache and a reply queued while it was down across a restart on a new port', async () => {
    const root = `${dir.path}/restart`;
    running = await openEmbeddedSandbox({ profilesRoot: root });
    await waitForIdleSync(running);
    const firstUrl = running.server.url;
    const clientId = running.services.engine.clientId;
    const cases = running.services.store.cases.count();
    await running.server.close(); // the sandbox goes down; the agent keeps working
    const target = running.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const queued = running.services.commands.sendReply(target.id, 'Práctica de capacitación');
    running.services.close();

    running = await openEmbeddedSandbox({ profilesRoot: root });
    expect(running.server.url).not.toBe(firstUrl);
    expect(running.services.engine.clientId).toBe(clientId);
    expect(running.services.store.cases.count()).toBe(cases);
    expect(running.services.store.outbox.list('pending').map((m) => m.id)).toEqual([queued.mutationId]);
    const server = running.server;
    await waitFor(() => server.db.prepare('SELECT mutation_id FROM outbound').all().length === 1, 'the reply to reach the sandbox');
    expect(server.db.prepare('SELECT mutation_id, text FROM outbound').all()).toEqual([{ mutation_id: queued.mutationId, text: 'Práctica de capacitación' }]);
  });

  it('signs in as another seeded user in a profile of their own, and names the users to a typo', async () => {
    const root = `${dir.path}/users`;
    running = await openEmbeddedSandbox({ profilesRoot: root, agent: 'sofia' });
    expect(running.services.profile).toMatchObject({ sandbox: true, username: 'sofia', role: 'supervisor' });
    await running.close();
    running = null;
    await expect(openEmbeddedSandbox({ profilesRoot: root, agent: 'sofi' })).rejects.toThrow(
      'The sandbox has no user "sofi": choose one of lucia, mateo, camila, joaquin, bruno, ines, sofia, valeria, diego',
    );
  });

  it('signs in as valeria, whose console knows each team, hire date and who supervises what', async () => {
    running = await openEmbeddedSandbox({ profilesRoot: `${dir.path}/valeria`, agent: 'valeria' });
    expect(running.services.profile).toMatchObject({ sandbox: true, username: 'valeria', role: 'supervisor' });
    const store = running.services.store;
    await waitFor(() => store.reference.agents().length === 9, 'the agents to sync');
    const people = store.reference.agents();
    expect(people.find((p) => p.username === 'valeria')).toMatchObject({ name: 'Valeria Quiroga', supervises: ['soporte'], team: null });
    expect(people.find((p) => p.username === 'sofia')).toMatchObject({ supervises: ['soporte', 'ventas'] });
    expect(people.filter((p) => p.role === 'agent').map((p) => [p.username, p.team])).toEqual(expect.arrayContaining([
      ['camila', 'soporte'], ['joaquin', 'soporte'], ['lucia', 'soporte'], ['bruno', 'ventas'], ['ines', 'ventas'], ['mateo', 'ventas'],
    ]));
    expect(people.filter((p) => p.role === 'agent').every((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.hiredAt ?? ''))).toBe(true);
  });

  it('reopens the sandbox as the user it was last opened as', async () => {
    const root = `${dir.path}/resume`;
    const first = new ConsoleController({ profilesRoot: root, emit: () => undefined });
    expect((await first.openSandbox('sofia')).profile).toMatchObject({ id: 'sandbox-default--sofia', username: 'sofia' });
    await first.close();
    const again = new ConsoleController({ profilesRoot: root, emit: () => undefined });
    try {
      expect((await again.resume()).profile).toMatchObject({ id: 'sandbox-default--sofia', username: 'sofia', role: 'supervisor' });
    } finally {
      await again.close();
    }
  });
});
