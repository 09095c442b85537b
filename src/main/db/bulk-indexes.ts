// The secondary indexes of the tables a first sync fills (cases, messages, identities). Kept row
// by row, each of tens of thousands of inserts also walks and splits those b-trees; built once
// from the full table, SQLite sorts each key a single time. So a first sync drops them with its
// first page and creates them again in its last page's transaction, before triage reads the
// threads through them. Queries meanwhile stay correct, only slower (the tables are small then).
import type { Db } from './connection.ts';

/** Not unique, so nothing a page writes can fail when they are created again. */
const BULK_INDEXES = ['cases_number', 'cases_customer', 'cases_inbox', 'messages_case', 'messages_case_kind', 'customer_identities_customer'] as const;

/** Where their definitions wait, in the same database: a cache opened after a crash creates them again. */
const KEY_SET_ASIDE = 'bulk_indexes_set_aside';

export function bulkIndexesDeferred(db: Db): boolean {
  return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sync_state WHERE key = ?').get(KEY_SET_ASIDE)?.n === 1;
}

/** Drops the bulk-loaded tables' secondary indexes until `buildBulkIndexes`. Run inside a transaction; idempotent. */
export function deferBulkIndexes(db: Db): void {
  if (bulkIndexesDeferred(db)) return;
  const placeholders = BULK_INDEXES.map(() => '?').join(', ');
  const indexes = db
    .prepare<string[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (${placeholders}) ORDER BY name`)
    .all(...BULK_INDEXES);
  if (indexes.length !== BULK_INDEXES.length) {
    throw new Error(`The cache's indexes are not all there (${indexes.length} of ${BULK_INDEXES.length}): a first sync cannot set them aside`);
  }
  db.prepare('INSERT INTO sync_state(key, value) VALUES (?, ?)').run(KEY_SET_ASIDE, JSON.stringify(indexes.map((i) => i.sql)));
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
}

/** Creates the set-aside indexes again. Run inside a transaction; does nothing unless they were set aside. */
export function buildBulkIndexes(db: Db): void {
  const stored = db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?').get(KEY_SET_ASIDE);
  if (!stored) return;
  for (const sql of JSON.parse(stored.value) as string[]) db.exec(sql);
  db.prepare('DELETE FROM sync_state WHERE key = ?').run(KEY_SET_ASIDE);
}
