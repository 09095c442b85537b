// A queued change's commit leaves the WAL checkpoint and the message index's merges to the upkeep
// that follows it: the commit holds the change, the upkeep tidies, and search finds the same.
import { afterEach, describe, expect, it } from 'vitest';
import { Commands } from '../commands/index.ts';
import { memoryLogger } from '../log.ts';
import { openDatabase } from './connection.ts';
import { Store } from './store.ts';
import { DeferredUpkeep, transactionWithoutCheckpoint, upkeep, upkeepOf } from './upkeep.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function openWithCase(file = newFile(), key = testKey()): Store {
  const store = Store.open(file, key);
  store.db.prepare(
    `INSERT INTO cases (id, number, customer_id, channel, subject, status, assigned_to, priority, language, created_at, updated_at, version, server_status)
     VALUES ('c1', 1001, 'cu1', 'whatsapp', 'Factura', 'open', 'lucia', 'normal', 'es', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1, 'open')`,
  ).run();
  return store;
}

function newFile(): string {
  const dir = tempDir();
  dirs.push(dir);
  return `${dir.path}/atiende.db`;
}

/** The composer's Enviar, as lucia. */
const commandsOf = (store: Store) => new Commands(store, () => ({ name: 'Lucía', username: 'lucia' }));
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const marks = (store: Store) => (store.db.prepare('SELECT count(*) AS n FROM messages_unindexed').get() as { n: number }).n;
/** FTS5's own check that the index matches the messages row for row (it throws otherwise). */
const checkIndex = (store: Store) => store.db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run();

/** One reply-sized commit: a message, indexed by the search triggers. */
const reply = (store: Store, n: number) =>
  transactionWithoutCheckpoint(store.db, () =>
    store.messages.upsert({
      id: `m${n}`, case_id: 'c1', kind: 'agent', author: 'Lucía', text: `Respuesta ${n}: el módem vuelve hoy (clave${n}z)`,
      sent_at: '2026-11-01T10:00:00Z', state: 'sent', version: 1, promo: null,
    }));

const segments = (store: Store) => (store.db.prepare('SELECT count(DISTINCT segid) AS n FROM messages_fts_idx').get() as { n: number }).n;
/** Frames in the WAL since it last started over; a PASSIVE checkpoint reports them (and copies them). */
const walFrames = (store: Store) => (store.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;

describe('the upkeep after queued changes', () => {
  it('leaves the index unmerged by the commits, then merges it and search finds every reply', () => {
    const store = openWithCase();
    try {
      expect(store.db.prepare("SELECT v FROM messages_fts_config WHERE k = 'automerge'").get()).toEqual({ v: 0 });
      for (let n = 1; n <= 12; n++) reply(store, n);
      const before = segments(store);
      expect(before).toBeGreaterThanOrEqual(12);
      upkeep(store.db, false);
      expect(segments(store)).toBeLessThan(before);
      store.db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run();
      for (let n = 1; n <= 12; n++) expect(store.messages.search(`clave${n}z`).map((h) => h.messageId)).toEqual([`m${n}`]);
    } finally {
      store.close();
    }
  });

  it('does not checkpoint in the commits, keeps the connection\'s own policy, and checkpoints itself', () => {
    const store = openWithCase();
    try {
      store.db.pragma('wal_autocheckpoint = 10');
      walFrames(store);
      for (let n = 1; n <= 10; n++) reply(store, n);
      expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10);
      // Past the 10-page mark, and still not started over: no commit checkpointed.
      expect(walFrames(store)).toBeGreaterThan(10);

      for (let n = 11; n <= 20; n++) reply(store, n);
      upkeep(store.db, true);
      // Copied into the cache and started over by the upkeep's own small commit, not by a reply's.
      expect(walFrames(store)).toBeLessThanOrEqual(2);
      expect(store.messages.search('módem')).toHaveLength(20);
    } finally {
      store.close();
    }
  });
});

describe('a reply indexed for search after its commit', () => {
  it('commits the reply with a mark instead of its index rows, and the upkeep on the next turn indexes it', async () => {
    const store = openWithCase();
    try {
      const queued = commandsOf(store).sendReply('c1', 'Le envío la factura rectificada hoy (zorzal7)');
      expect(store.messages.thread('c1').map((m) => m.id)).toEqual([queued.messageId]);
      expect(marks(store)).toBe(1);
      expect(store.messages.search('zorzal7')).toEqual([]);
      await nextTurn();
      expect(store.messages.search('zorzal7').map((h) => h.messageId)).toEqual([queued.messageId]);
      expect(marks(store)).toBe(0);
      checkIndex(store);
    } finally {
      store.close();
    }
  });

  it('indexes at the next open a reply whose cache closed between its commit and the upkeep', async () => {
    const file = newFile();
    const key = testKey();
    const before = openWithCase(file, key);
    const queued = commandsOf(before).sendReply('c1', 'Mañana pasa el técnico (zorzal8)');
    // Closed before the upkeep's turn, as a quit or a crash right after the answer would.
    before.close();
    await nextTurn();

    const after = Store.open(file, key);
    try {
      expect(after.outbox.pending().map((p) => p.id)).toEqual([queued.mutationId]);
      expect(marks(after)).toBe(0);
      expect(after.messages.search('zorzal8').map((h) => h.messageId)).toEqual([queued.messageId]);
      checkIndex(after);
    } finally {
      after.close();
    }
  });

  it('keeps the index whole when a reply not indexed yet is dropped, or replaced by the server\'s copy, before the upkeep', async () => {
    const store = openWithCase();
    try {
      const commands = commandsOf(store);
      const dropped = commands.sendReply('c1', 'Borrador que no sale (zorzal9)');
      const confirmed = commands.sendReply('c1', 'Respuesta confirmada (zorzal10)');
      store.messages.removeLocal(dropped.messageId);
      store.messages.upsert({
        id: confirmed.messageId, case_id: 'c1', kind: 'reply', author: 'Lucía', text: 'Respuesta confirmada (zorzal10)',
        sent_at: '2026-11-01T10:05:00Z', state: 'sent', version: 3, promo: null,
      });
      expect(marks(store)).toBe(0);
      checkIndex(store);
      await nextTurn();
      expect(store.messages.search('zorzal9')).toEqual([]);
      expect(store.messages.search('zorzal10').map((h) => h.messageId)).toEqual([confirmed.messageId]);
      checkIndex(store);
    } finally {
      store.close();
    }
  });
});

describe('the upkeep after a pulled page', () => {
  it('merges what pages indexed, as it does after queued changes', async () => {
    const store = openWithCase();
    try {
      for (let n = 1; n <= 12; n++) reply(store, n);
      const before = segments(store);
      upkeepOf(store.db).afterPulled();
      await nextTurn();
      expect(segments(store)).toBeLessThan(before);
      expect(store.messages.search('módem')).toHaveLength(12);
    } finally {
      store.close();
    }
  });
});

describe('what the upkeep does with its failures', () => {
  it('lets a busy cache go by unlogged, the next upkeep doing the work', async () => {
    const file = newFile();
    const key = testKey();
    const store = openWithCase(file, key);
    const other = openDatabase(file, key, { migrate: false });
    try {
      store.db.pragma('busy_timeout = 0');
      const log = memoryLogger();
      const upkeeper = new DeferredUpkeep(store.db, log);
      transactionWithoutCheckpoint(store.db, () => store.messages.insertLocal({
        id: 'r1', case_id: 'c1', kind: 'reply', author: 'Lucía', text: 'Ya quedó (zorzal11)', sent_at: '2026-11-01T10:00:00Z', state: 'queued',
      }));
      other.exec('BEGIN IMMEDIATE');
      upkeeper.afterQueued();
      await nextTurn();
      expect(log.lines).toEqual([]);
      // The upkeep did meet the busy cache: the reply is still waiting for the index.
      expect(store.messages.search('zorzal11')).toEqual([]);
      expect(marks(store)).toBe(1);
      other.exec('COMMIT');
      upkeeper.afterQueued();
      await nextTurn();
      expect(store.messages.search('zorzal11').map((h) => h.messageId)).toEqual(['r1']);
      expect(marks(store)).toBe(0);
    } finally {
      other.close();
      store.close();
    }
  });

  it('logs any other failure', async () => {
    const store = openWithCase();
    try {
      const log = memoryLogger();
      const upkeeper = new DeferredUpkeep(store.db, log);
      store.messages.insertLocal({
        id: 'r1', case_id: 'c1', kind: 'reply', author: 'Lucía', text: 'Ya quedó', sent_at: '2026-11-01T10:00:00Z', state: 'queued',
      });
      // A failure that is not a busy cache: the marks cannot be taken off.
      store.db.exec("CREATE TEMP TRIGGER refuse BEFORE DELETE ON main.messages_unindexed BEGIN SELECT RAISE(ABORT, 'refused'); END");
      upkeeper.afterQueued();
      await nextTurn();
      expect(log.lines).toEqual([{ level: 'error', message: 'the cache upkeep after a commit failed' }]);
      // Nothing half done: the reply keeps its mark for the next upkeep.
      expect(marks(store)).toBe(1);
    } finally {
      store.close();
    }
  });
});
