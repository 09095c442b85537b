// A server restored from a backup must never apply a console's change twice. The epoch lives in
// the restored database, so restoring includes giving the server a new one (`new-epoch`); after
// it, a console's push from before is answered sequence_gap, even at exactly lastSeq + 1.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { openProfile, type TestProfile } from '../fixtures/services.ts';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import { cursorEpoch } from '../../src/protocol/sync.ts';
import { renewEpoch } from '../../src/server/epoch.ts';

let dir: { path: string; remove: () => void };
let data: string;
let sandbox: RunningSandbox;

beforeEach(async () => {
  dir = tempDir();
  data = join(dir.path, 'server');
  mkdirSync(data);
  sandbox = await startSandbox({ dataDir: data });
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

/** The administrator's nightly backup: SQLite's online backup of the running sandbox's store. */
async function backUp(): Promise<string> {
  const copy = join(dir.path, 'backup');
  mkdirSync(copy);
  await sandbox.server.db.backup(join(copy, 'sandbox.db'));
  return copy;
}

/** The documented restore: stop, put the backup back, give the server a new epoch, start. */
async function restore(backup: string): Promise<void> {
  await sandbox.goOffline();
  rmSync(data, { recursive: true, force: true });
  cpSync(backup, data, { recursive: true });
  await renewEpoch(data);
  await sandbox.restart();
}

const replies = async (text: string) => (await sandbox.outbound()).filter((m) => m.text === text);

describe('a server restored from a backup', () => {
  let opened: TestProfile | undefined;
  afterEach(() => opened?.services.close());

  it('never applies twice a reply the console sent before the restore, and the console shows the gap', async () => {
    const lucia = (opened = await openProfile(sandbox, join(dir.path, 'lucia')));
    await lucia.services.syncOnce();
    const backup = await backUp();
    const caseId = lucia.services.store.cases.inbox('lucia', { limit: 1 })[0]!.id;
    const oldClient = lucia.services.engine.clientId;

    // The reply reaches the server, but its answer is lost: the console still has it queued.
    const { mutationId } = lucia.services.commands.sendReply(caseId, 'Ya le enviamos el técnico');
    await sandbox.fault({ route: 'push', dropAfterApply: true });
    await sandbox.fault({ route: 'push', status: 503, times: 4 }); // and every retry of this cycle fails
    await expect(lucia.services.syncOnce()).rejects.toThrow();
    expect(await replies('Ya le enviamos el técnico')).toHaveLength(1);
    expect(lucia.services.store.outbox.list('pending')).toMatchObject([{ id: mutationId }]);

    // The server is restored from before the reply: the same seq is exactly its lastSeq + 1.
    await restore(backup);
    const restoredEpoch = sandbox.server.db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'epoch'").get()!.value;
    await lucia.services.syncOnce();

    expect(await replies('Ya le enviamos el técnico')).toEqual([]);
    expect(lucia.services.store.outbox.list('conflict')).toMatchObject([
      { id: mutationId, reason: 'sequence_gap', args: { text: 'Ya le enviamos el técnico' } },
    ]);
    expect(lucia.services.engine.clientId).not.toBe(oldClient);
    // The console resynced from the restored server, as after any restore.
    expect(cursorEpoch(lucia.services.store.syncState.get('cursor'))).toBe(restoredEpoch);
    expect(lucia.log.lines).toContainEqual({ level: 'warn', message: 'full resync' });

    // Sent again after checking the case, it goes once.
    lucia.services.commands.sendReply(caseId, 'Ya le enviamos el técnico');
    await lucia.services.syncOnce();
    expect(await replies('Ya le enviamos el técnico')).toHaveLength(1);
  });

  it('still names the old epoch when a resync had cleared the cursor before the restore', async () => {
    const lucia = (opened = await openProfile(sandbox, join(dir.path, 'lucia')));
    await lucia.services.syncOnce();
    const backup = await backUp();
    const caseId = lucia.services.store.cases.inbox('lucia', { limit: 1 })[0]!.id;
    const { mutationId } = lucia.services.commands.sendReply(caseId, 'Le devolvemos el cargo');
    await sandbox.fault({ route: 'push', dropAfterApply: true });
    await sandbox.fault({ route: 'push', status: 503, times: 4 });
    await expect(lucia.services.syncOnce()).rejects.toThrow();
    // A resync started (the cursor is forgotten) and its first page never arrived.
    lucia.services.store.clearSyncedData();
    expect(lucia.services.store.syncState.get('cursor')).toBeNull();

    await restore(backup);
    await lucia.services.syncOnce();

    expect(await replies('Le devolvemos el cargo')).toEqual([]);
    expect(lucia.services.store.outbox.list('conflict')).toMatchObject([{ id: mutationId, reason: 'sequence_gap' }]);
  });
});

describe('push with an epoch', () => {
  it('is answered sequence_gap by a server of another epoch, even at exactly lastSeq + 1, and applies nothing', async () => {
    const clientId = randomUUID();
    let token = '';
    const api = new ApiClient({ baseUrl: sandbox.url, token: () => token });
    token = (await api.login('lucia', 'sandbox', clientId)).token;
    const { cursor } = await api.pull(null, 1);
    const epoch = cursorEpoch(cursor);
    expect(epoch).toMatch(/^[0-9a-f]+$/);
    const reply = (seq: number, text: string) =>
      [{ seq, id: randomUUID(), name: 'send_reply', args: { caseId: 'case-001', messageId: randomUUID(), text }, baseVersion: null }];

    expect((await api.push(clientId, reply(1, 'uno'), epoch)).results).toMatchObject([{ status: 'applied' }]);
    await expect(api.push(clientId, reply(2, 'dos'), 'abcdef123456')).rejects.toMatchObject({ kind: 'sequence_gap', details: { expectedSeq: 1 } });
    expect((await sandbox.outbound()).map((m) => m.text)).toEqual(['uno']);
    // Before its first pull a console knows no epoch: its pushes are taken as they come.
    expect((await api.push(clientId, reply(2, 'dos'), null)).results).toMatchObject([{ status: 'applied' }]);
  });
});
