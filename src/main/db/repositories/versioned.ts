import type { Db } from '../connection.ts';

/**
 * Builds an upsert that only replaces a row when the incoming version is newer, so a page
 * replayed after a crash, or out-of-order data, never rolls a row back.
 */
export function versionedUpsert(db: Db, table: string, columns: readonly string[]) {
  const all = ['id', ...columns, 'version'];
  const sets = [...columns, 'version'].map((c) => `${c} = excluded.${c}`).join(', ');
  return db.prepare(
    `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${sets} WHERE excluded.version > ${table}.version`,
  );
}
