// A queued change's commit leaves the WAL checkpoint and the message index's merges to the upkeep
// that follows it: the commit holds the change, the upkeep tidies, and search finds the same.
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from './store.ts';
import { transactionWithoutCheckpoint, upkeep } from './upkeep.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function openWithCase(): Store {
  const dir = tempDir();
  dirs.push(dir);
  const store = Store.open(`${dir.path}/atiende.db`, testKey());
  store.db.prepare(
    `INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at, version, server_status)
     VALUES ('c1', 1001, 'cu1', 'whatsapp', 'Factura', 'open', 'normal', 'es', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1, 'open')`,
  ).run();
  return store;
}

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
