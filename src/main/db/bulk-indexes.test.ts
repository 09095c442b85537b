// The cases' and messages' secondary indexes set aside during a first sync: the same answers
// while they are away, and a cache closed half-way (a crash) opened again with them whole.
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from './store.ts';
import { buildBulkIndexes, bulkIndexesDeferred, deferBulkIndexes } from './bulk-indexes.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function freshFile(): string {
  const dir = tempDir();
  dirs.push(dir);
  return `${dir.path}/atiende.db`;
}

const aCase = (store: Store, id: string, number: number) =>
  store.db.prepare(
    `INSERT INTO cases (id, number, customer_id, channel, subject, status, priority, language, created_at, updated_at, version, server_status, assigned_to)
     VALUES (?, ?, 'cu1', 'whatsapp', 'Factura', 'open', 'normal', 'es', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z', 1, 'open', 'lucia')`,
  ).run(id, number);

const message = (store: Store, id: string, caseId: string, at: string) =>
  store.messages.upsert({ id, case_id: caseId, kind: 'customer', author: 'Ana', text: `Mensaje ${id}`, sent_at: at, state: 'sent', version: 1, promo: null });

const indexes = (store: Store) =>
  store.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('cases_inbox', 'cases_number', 'cases_customer', 'messages_case', 'messages_case_kind', 'customer_identities_customer') ORDER BY name")
    .all()
    .map((r) => r.name);

const ALL = ['cases_customer', 'cases_inbox', 'cases_number', 'customer_identities_customer', 'messages_case', 'messages_case_kind'];

/** Whether reading a case's thread goes through an index (not a scan of every message). */
const threadUsesIndex = (store: Store) =>
  store.db
    .prepare<[], { detail: string }>("EXPLAIN QUERY PLAN SELECT * FROM messages WHERE case_id = 'c1' ORDER BY sent_at")
    .all()
    .some((r) => /USING (COVERING )?INDEX messages_case/.test(r.detail));

describe('secondary indexes built after the bulk load', () => {
  it('answers the same while they are set aside, and reads threads through them once built', () => {
    const store = Store.open(freshFile(), testKey());
    try {
      aCase(store, 'c1', 1001);
      store.transaction(() => {
        deferBulkIndexes(store.db);
        aCase(store, 'c2', 1002);
        message(store, 'm2', 'c1', '2026-11-01T10:02:00Z');
        message(store, 'm1', 'c1', '2026-11-01T10:01:00Z');
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
      message(before, 'm1', 'c1', '2026-11-01T10:01:00Z');
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
});
