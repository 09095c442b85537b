// The store's transactions on SQLite: queued, never interleaved, even across real awaits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSandboxDb, type SandboxDb } from '../schema.ts';
import { toWire } from '../wire-rows.ts';
import { storeContract } from './contract.ts';
import { SqliteStore } from './sqlite-store.ts';
import { sqliteSql } from './sqlite/sqlite-sql.ts';

let db: SandboxDb;
let store: SqliteStore;

beforeEach(() => {
  db = openSandboxDb(':memory:');
  store = new SqliteStore(db);
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

describe('an agent’s decisions on a message', () => {
  beforeEach(() => {
    db.exec(`
      INSERT INTO customers (id, name, segment, followers, public_figure, language, version) VALUES ('cus-1', 'Ana', 'standard', 0, 0, 'es', 1);
      INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, message_type, created_at, updated_at, version)
        VALUES ('case-1', 1001, 'cus-1', 'whatsapp', 'hola', 'open', 'lucia', 'normal', 'es', 'no_content', '2026-03-10T10:00:00.000Z', '2026-03-10T10:00:00.000Z', 2);
      INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES ('m-1', 'case-1', 'customer', 'Ana', 'hola', '2026-03-10T10:00:00.000Z', 'sent', 3);
      INSERT INTO meta (key, value) VALUES ('version', '3');
    `);
  });
  const version = () => db.prepare<[], { version: number }>("SELECT version FROM messages WHERE id = 'm-1'").get()?.version;

  it('keeps the half a decision leaves out, gives the message a new version each time, and travels with it', async () => {
    await store.transaction(async (tx) => {
      expect(await tx.messages.decision('m-1')).toBeUndefined();
      await tx.messages.decide('m-1', { restored: true }, 'lucia', '2026-03-10T10:05:00.000Z');
      const restored = version();
      expect(restored).toBeGreaterThan(3);
      await tx.messages.decide('m-1', { type: 'hostile' }, 'lucia', '2026-03-10T10:06:00.000Z');
      expect(version()).toBeGreaterThan(restored!);
      expect(await tx.messages.decision('m-1')).toEqual({ type: 'hostile', restored: true });
      await tx.messages.decide('m-1', { type: null }, 'lucia', '2026-03-10T10:07:00.000Z');
      expect(await tx.messages.decision('m-1')).toEqual({ type: null, restored: true });
    });
    expect((await toWire(sqliteSql(db), 'message', 'm-1'))?.decision).toEqual({ type: null, restored: true, by: 'lucia', at: '2026-03-10T10:07:00.000Z' });
    // The case keeps the type it came in with.
    expect((await toWire(sqliteSql(db), 'case', 'case-1'))?.messageType).toBe('no_content');
  });

  it('sends null for a message nobody decided about, and refuses a damaged decision naming its column', async () => {
    expect((await toWire(sqliteSql(db), 'message', 'm-1'))?.decision).toBeNull();
    db.exec("INSERT INTO message_decisions VALUES ('m-1', 'angry', 0, 'lucia', '2026-03-10T10:05:00.000Z')");
    await expect(toWire(sqliteSql(db), 'message', 'm-1')).rejects.toThrow(/messages\.decision_type/);
  });
});

describe('SqliteStore.team', () => {
  it('reads the supervised teams\' agents with their last presence and last contact', async () => {
    const user = db.prepare('INSERT INTO users (username, name, role, team, password, version, supervises) VALUES (?, ?, ?, ?, ?, 1, ?)');
    user.run('valeria', 'Valeria', 'supervisor', null, 'x', '["soporte"]');
    user.run('lucia', 'Lucía', 'agent', 'soporte', 'x', '[]');
    user.run('mateo', 'Mateo', 'agent', 'ventas', 'x', '[]');
    await store.team.recordPresence('lucia', 'busy', '2026-03-10T10:01:00.000Z');
    await store.team.recordPresence('lucia', 'available', '2026-03-10T10:05:00.000Z');
    await store.team.touch('lucia', '2026-03-10T10:06:00.000Z');
    expect(await store.team.supervised('valeria')).toEqual(['soporte']);
    expect(await store.team.supervised('lucia')).toEqual([]);
    expect(await store.team.members(['soporte'])).toEqual([{
      username: 'lucia', name: 'Lucía', team: 'soporte', disabled: false, presence: { state: 'available', at: '2026-03-10T10:05:00.000Z' }, lastContact: '2026-03-10T10:06:00.000Z',
    }]);
    // A presence is a contact too.
    await store.team.recordPresence('mateo', 'away', '2026-03-10T11:00:00.000Z');
    expect(await store.team.members(['ventas'])).toMatchObject([{ username: 'mateo', lastContact: '2026-03-10T11:00:00.000Z' }]);
  });
});
