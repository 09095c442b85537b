// The store on PostgreSQL: the contract every store keeps, and what only side-by-side
// transactions can show (the SQLite store runs one at a time).
import { afterEach, describe, expect, it } from 'vitest';
import { postgresDatabase } from '../../../tests/fixtures/postgres.ts';
import { storeContract } from './contract.ts';
import { PostgresStore } from './postgres-store.ts';

const open: PostgresStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function store(): Promise<PostgresStore> {
  const opened = await PostgresStore.open(await postgresDatabase());
  open.push(opened);
  return opened;
}

storeContract('PostgreSQL', store);

describe('transactions side by side', () => {
  it('apply two first pushes of one console in turn: the second waits for the first, then finds its row', async () => {
    const s = await store();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = s.transaction(async (tx) => {
      if (!await tx.pushLog.client('client-a')) await tx.pushLog.addClient('client-a', 'lucia');
      await tx.pushLog.advance('client-a', 1);
      await held;
    });
    // The second starts while the first holds its turn among the writers: it waits, then finds the row.
    const second = s.transaction(async (tx) => {
      const client = await tx.pushLog.client('client-a');
      if (!client) await tx.pushLog.addClient('client-a', 'lucia');
      await tx.pushLog.advance('client-a', (client?.lastSeq ?? 0) + 1);
    });
    await new Promise((r) => setTimeout(r, 100));
    release();
    await Promise.all([first, second]);
    expect(await s.transaction((tx) => tx.pushLog.client('client-a'))).toEqual({ username: 'lucia', lastSeq: 2 });
  });

  it('publish feed rows in the order their transactions commit, so a pull never skips one still to commit', async () => {
    const s = await store();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = s.transaction(async (tx) => {
      await tx.feed.publishGlobal('setting', 'slow', await tx.settings.put('slow', { n: 1 }));
      await held;
    });
    await new Promise((r) => setTimeout(r, 50));
    const quick = s.transaction(async (tx) => tx.feed.publishGlobal('setting', 'quick', await tx.settings.put('quick', { n: 2 })));
    await new Promise((r) => setTimeout(r, 100));
    // The quick one waits for the slow one's turn: nothing is visible yet, not even its row.
    expect((await s.feed.page('lucia', 0, 10)).changes).toEqual([]);
    release();
    await Promise.all([slow, quick]);
    const ids = (await s.feed.page('lucia', 0, 10)).changes.map((c) => c.id);
    expect(ids).toEqual(['slow', 'quick']);
  });
});
