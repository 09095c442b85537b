// The search indexes and the cases' and messages' secondary indexes set aside during a first
// sync and built in one pass: what is found and read afterwards, and a cache closed half-way (a
// crash) opened again.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyKey } from './connection.ts';
import { migrate } from './migrations/index.ts';
import { Store } from './store.ts';
import { buildSearchIndexes, deferSearchIndexes, searchIndexesDeferred } from './search-index.ts';
import { buildBulkIndexes, bulkIndexesDeferred, deferBulkIndexes } from './bulk-indexes.ts';
import { cacheFiles, testKey } from '../../../tests/fixtures/cache.ts';

const files = cacheFiles();
afterEach(files.removeAll);
const freshFile = files.fresh;

/** Message search lists each hit with its case. */
function openWithCase(file: string, key: Buffer): Store {
  const store = Store.open(file, key);
  store.db.prepare(
    `INSERT OR IGNORE INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at, version, server_status)
     VALUES ('c1', 1001, 'cu1', 'whatsapp', 'Factura', 'open', 'normal', 'es', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1, 'open')`,
  ).run();
  return store;
}

const message = (store: Store, id: string, text: string) =>
  store.messages.upsert({ id, case_id: 'c1', kind: 'customer', author: 'Ana', text, sent_at: `2026-11-01T10:00:00Z`, state: 'sent', version: 1, promo: null });

const article = (store: Store, id: string, title: string) =>
  store.knowledge.upsertArticle({
    id, version: 1, title, summary: 'Resumen', body: `${title}: pasos a seguir`, tags: '[]', language: 'es',
    updated_at: '2026-11-01T10:00:00Z', revision: 1, url: null,
  });

const found = (store: Store, words: string) => store.messages.search(words).map((h) => h.messageId);

/** FTS5's own check that each index matches its table, row for row. */
function checkIndexes(store: Store): void {
  for (const index of ['messages_fts', 'articles_fts', 'articles_trigram']) {
    store.db.prepare(`INSERT INTO ${index}(${index}, rank) VALUES ('integrity-check', 1)`).run();
  }
}

describe('search indexes built in one pass', () => {
  it('finds what was written while they were set aside, not what was deleted, and indexes row by row again after', () => {
    const store = openWithCase(freshFile(), testKey());
    try {
      message(store, 'm0', 'Hola, escribo por la factura de octubre');
      store.transaction(() => {
        deferSearchIndexes(store.db);
        message(store, 'm1', 'El módem no enciende desde ayer');
        message(store, 'm2', 'Quiero darme de baja');
        store.messages.remove('m0');
        article(store, 'a1', 'Reiniciar el módem');
      });
      expect(searchIndexesDeferred(store.db)).toBe(true);

      store.transaction(() => buildSearchIndexes(store.db));
      expect(searchIndexesDeferred(store.db)).toBe(false);
      expect(found(store, 'modem')).toEqual(['m1']);
      expect(found(store, 'baja')).toEqual(['m2']);
      expect(found(store, 'factura')).toEqual([]);
      expect(store.knowledge.searchArticles('reiniciar').map((a) => a.id)).toEqual(['a1']);
      expect(store.knowledge.searchArticles('reinciar').map((a) => a.id)).toEqual(['a1']);

      message(store, 'm3', 'La factura llegó duplicada');
      store.messages.remove('m1');
      expect(found(store, 'factura')).toEqual(['m3']);
      expect(found(store, 'modem')).toEqual([]);
      checkIndexes(store);
    } finally {
      store.close();
    }
  });

  it('opens a cache closed while they were set aside with its indexes whole and its triggers back', () => {
    const file = freshFile();
    const key = testKey();
    const before = openWithCase(file, key);
    before.transaction(() => {
      deferSearchIndexes(before.db);
      message(before, 'm1', 'El módem no enciende desde ayer');
    });
    const triggers = (store: Store) =>
      store.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE 'messages_fts_%' OR name LIKE 'articles_%')").get();
    expect(triggers(before)).toEqual({ n: 0 });
    before.close();

    const after = openWithCase(file, key);
    try {
      expect(searchIndexesDeferred(after.db)).toBe(false);
      expect(triggers(after)).toEqual({ n: 9 });
      expect(found(after, 'modem')).toEqual(['m1']);
      message(after, 'm2', 'Quiero darme de baja');
      expect(found(after, 'baja')).toEqual(['m2']);
      checkIndexes(after);
    } finally {
      after.close();
    }
  });
});

const aCase = (store: Store, id: string, number: number) =>
  store.db.prepare(
    `INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at, version, server_status, assigned_to)
     VALUES (?, ?, 'cu1', 'whatsapp', 'Factura', 'open', 'normal', 'es', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1, 'open', 'lucia')`,
  ).run(id, number);

const threadMessage = (store: Store, id: string, caseId: string, at: string) =>
  store.messages.upsert({ id, case_id: caseId, kind: 'customer', author: 'Ana', text: `Mensaje ${id}`, sent_at: at, state: 'sent', version: 1, promo: null });

const indexes = (store: Store) =>
  store.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('cases_inbox', 'cases_number', 'cases_customer', 'messages_case_kind', 'customer_identities_customer') ORDER BY name")
    .all()
    .map((r) => r.name);

const ALL = ['cases_customer', 'cases_inbox', 'cases_number', 'customer_identities_customer', 'messages_case_kind'];

/** Whether reading a case's thread goes through an index (not a scan of every message). */
const threadUsesIndex = (store: Store) =>
  store.db
    .prepare<[], { detail: string }>("EXPLAIN QUERY PLAN SELECT * FROM messages WHERE case_id = 'c1' ORDER BY sent_at")
    .all()
    .some((r) => /USING (COVERING )?INDEX messages_case_kind \(case_id=\?\)/.test(r.detail));

describe('secondary indexes built after the bulk load', () => {
  it('answers the same while they are set aside, and reads threads through them once built', () => {
    const store = Store.open(freshFile(), testKey());
    try {
      aCase(store, 'c1', 1001);
      store.transaction(() => {
        deferBulkIndexes(store.db);
        aCase(store, 'c2', 1002);
        threadMessage(store, 'm2', 'c1', '2026-11-01T10:02:00Z');
        threadMessage(store, 'm1', 'c1', '2026-11-01T10:01:00Z');
      });
      expect(bulkIndexesDeferred(store.db)).toBe(true);
      expect(indexes(store)).toEqual([]);
      expect(store.messages.thread('c1').map((m) => m.id)).toEqual(['m1', 'm2']);
      expect(store.cases.inbox('lucia', { limit: 10 }).map((c) => c.id).sort()).toEqual(['c1', 'c2']);

      store.transaction(() => buildBulkIndexes(store.db));
      expect(bulkIndexesDeferred(store.db)).toBe(false);
      expect(indexes(store)).toEqual(ALL);
      expect(threadUsesIndex(store)).toBe(true);
      expect(store.messages.thread('c1').map((m) => m.id)).toEqual(['m1', 'm2']);
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      store.close();
    }
  });

  it('opens a cache closed while they were set aside with every index back', () => {
    const file = freshFile();
    const key = testKey();
    const before = Store.open(file, key);
    before.transaction(() => {
      deferBulkIndexes(before.db);
      aCase(before, 'c1', 1001);
      threadMessage(before, 'm1', 'c1', '2026-11-01T10:01:00Z');
    });
    expect(indexes(before)).toEqual([]);
    before.close();

    const after = Store.open(file, key);
    try {
      expect(bulkIndexesDeferred(after.db)).toBe(false);
      expect(indexes(after)).toEqual(ALL);
      expect(threadUsesIndex(after)).toBe(true);
      expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      after.close();
    }
  });

  it('opens a cache the previous release left half-way through its first sync with the indexes this release keeps', () => {
    const file = freshFile();
    const key = testKey();
    const old = new Database(file);
    applyKey(old, key);
    old.pragma('journal_mode = WAL');
    migrate(old, 30);
    // Its list of set-aside indexes still names messages_case.
    old.transaction(() => {
      const sql = old.prepare<[], { name: string; sql: string }>(
        `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN ('cases_number', 'cases_customer', 'cases_inbox',
           'messages_case', 'messages_case_kind', 'customer_identities_customer') ORDER BY name`,
      ).all();
      expect(sql.map((o) => o.name)).toContain('messages_case');
      old.prepare("INSERT INTO sync_state(key, value) VALUES ('bulk_indexes_set_aside', ?)").run(JSON.stringify(sql.map((o) => o.sql)));
      for (const { name } of sql) old.exec(`DROP INDEX ${name}`);
    })();
    old.close();

    const after = Store.open(file, key);
    try {
      expect(bulkIndexesDeferred(after.db)).toBe(false);
      expect(indexes(after)).toEqual(ALL);
      expect(threadUsesIndex(after)).toBe(true);
      expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      after.close();
    }
  });
});
