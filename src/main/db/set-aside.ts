// Schema objects a first sync sets aside while it bulk-loads, and puts back after its last page:
// their definitions wait in sync_state, in the same database, so a cache opened after a crash
// half-way finds them and puts them back before anything else runs.
import type { Db } from './connection.ts';

/** Whether the objects kept under `key` are set aside. */
export function setAside(db: Db, key: string): boolean {
  return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM sync_state WHERE key = ?').get(key)?.n === 1;
}

/**
 * Drops the named `type` objects, their definitions kept under `key`. Run inside a transaction;
 * does nothing if already set aside, and refuses if any is missing.
 */
export function setAsideObjects(db: Db, key: string, type: 'index' | 'trigger', names: readonly string[]): void {
  if (setAside(db, key)) return;
  const placeholders = names.map(() => '?').join(', ');
  const found = db
    .prepare<string[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_schema WHERE type = '${type}' AND name IN (${placeholders}) ORDER BY name`)
    .all(...names);
  if (found.length !== names.length) {
    throw new Error(`The cache's ${type}s to set aside are not all there (${found.length} of ${names.length}): a first sync cannot load in bulk`);
  }
  db.prepare('INSERT INTO sync_state(key, value) VALUES (?, ?)').run(key, JSON.stringify(found.map((o) => o.sql)));
  for (const { name } of found) db.exec(`DROP ${type.toUpperCase()} ${name}`);
}

/** Creates again what `setAsideObjects` kept under `key`; false if nothing was set aside. Run inside a transaction. */
export function putBack(db: Db, key: string): boolean {
  const stored = db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?').get(key);
  if (!stored) return false;
  for (const sql of JSON.parse(stored.value) as string[]) db.exec(sql);
  db.prepare('DELETE FROM sync_state WHERE key = ?').run(key);
  return true;
}
