// What an agent queues must survive a power cut: the cache commits each transaction with
// synchronous=FULL in WAL mode, so the optimistic reply and its outbox row are on disk when the
// command returns. Checked on the connection the commands really write through, after a first
// sync (which must not leave a faster, less durable setting behind) and after a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/db/connection.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { openProfile, reopenProfile } from '../fixtures/services.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
});

afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

/** SQLite's names for what a connection commits with: 2 is FULL. */
const durability = (db: Db) => ({
  synchronous: db.pragma('synchronous', { simple: true }),
  journal: db.pragma('journal_mode', { simple: true }),
});
const FULL_IN_WAL = { synchronous: 2, journal: 'wal' };

describe('a queued reply is committed durably', () => {
  it('with synchronous=FULL in WAL mode after the first sync and after a restart', async () => {
    const { services } = await openProfile(sandbox, dir.path);
    await services.syncOnce();
    expect(durability(services.store.db)).toEqual(FULL_IN_WAL);
    const caseId = services.store.cases.inbox('lucia', { status: 'open', limit: 1 })[0]?.id;
    if (!caseId) throw new Error('lucia has no open case');
    const queued = services.commands.sendReply(caseId, 'Ya lo revisé: el servicio vuelve hoy.');
    expect(services.store.outbox.pending(10).map((row) => row.seq)).toContain(queued.seq);
    expect(durability(services.store.db)).toEqual(FULL_IN_WAL);
    services.close();

    const again = await reopenProfile(dir.path);
    expect(durability(again.services.store.db)).toEqual(FULL_IN_WAL);
    expect(again.services.store.outbox.pending(10).map((row) => row.seq)).toContain(queued.seq);
    again.services.close();
  });
});
