// The store's transactions on SQLite: queued, never interleaved, even across real awaits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Feed } from '../feed.ts';
import { openSandboxDb, type SandboxDb } from '../schema.ts';
import { storeContract } from './contract.ts';
import { SqliteStore } from './sqlite-store.ts';

let db: SandboxDb;
let store: SqliteStore;

beforeEach(() => {
  db = openSandboxDb(':memory:');
  store = new SqliteStore(db, new Feed(db));
});
afterEach(() => db.close());

storeContract('SQLite', () => store);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clients = () => db.prepare<[], { client_id: string; last_seq: number }>('SELECT client_id, last_seq FROM clients ORDER BY rowid').all();

describe('SqliteStore.transaction', () => {
  it('runs concurrent transactions one after another, in the order they were asked for', async () => {
    const steps: string[] = [];
    const slow = store.transaction(async (tx) => {
      steps.push('a begins');
      await tx.pushLog.addClient('client-a', 'lucia');
      await pause(20); // a real wait: the event loop runs other work meanwhile
      await tx.pushLog.advance('client-a', 1);
      steps.push('a ends');
    });
    const quick = store.transaction(async (tx) => {
      steps.push('b begins');
      await tx.pushLog.addClient('client-b', 'mateo');
      steps.push('b ends');
    });
    await Promise.all([slow, quick]);
    expect(steps).toEqual(['a begins', 'a ends', 'b begins', 'b ends']);
    expect(clients()).toEqual([{ client_id: 'client-a', last_seq: 1 }, { client_id: 'client-b', last_seq: 0 }]);
  });

  it('rolls back all of a transaction that throws, and runs the next one', async () => {
    const failing = store.transaction(async (tx) => {
      await tx.pushLog.addClient('client-a', 'lucia');
      await pause(5);
      throw new Error('refused');
    });
    const next = store.transaction(async (tx) => {
      await tx.pushLog.addClient('client-b', 'mateo');
      return 'done';
    });
    await expect(failing).rejects.toThrow('refused');
    expect(await next).toBe('done');
    expect(clients()).toEqual([{ client_id: 'client-b', last_seq: 0 }]);
    expect(db.inTransaction).toBe(false);
  });

  it('answers a read outside any transaction only once the transaction in progress committed', async () => {
    const writing = store.transaction(async (tx) => {
      const version = await tx.settings.put('business_hours', { alwaysOpen: true });
      await pause(20);
      await tx.feed.publishGlobal('setting', 'business_hours', version);
    });
    const page = await store.feed.page('lucia', 0, 10);
    await writing;
    expect(page.changes.map((c) => c.id)).toEqual(['business_hours']);
  });

  it('rolls back a failed statement and keeps the connection usable', async () => {
    await store.transaction((tx) => tx.pushLog.addClient('client-a', 'lucia'));
    await expect(store.transaction((tx) => tx.pushLog.addClient('client-a', 'mateo'))).rejects.toThrow(/UNIQUE/);
    await store.transaction((tx) => tx.pushLog.advance('client-a', 3));
    expect(clients()).toEqual([{ client_id: 'client-a', last_seq: 3 }]);
  });
});
