// The server's own numbered migrations on PostgreSQL (migrations/NNN_name.sql), each applied once
// in its own transaction. Nodes starting together take turns on an advisory lock, so only the
// first applies what is missing and the others find it done.
import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

const MIGRATIONS = new URL('./migrations/', import.meta.url);
/** Any fixed number: the lock only has to be the same for every node. */
const MIGRATION_LOCK = 20_26_12_07;

export interface Migration { version: number; name: string; sql: string }

export function migrations(): Migration[] {
  return readdirSync(MIGRATIONS).filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file)).sort().map((file) => ({
    version: Number(file.slice(0, 3)),
    name: file.slice(4, -4),
    sql: readFileSync(new URL(file, MIGRATIONS), 'utf8'),
  }));
}

/** Brings the database up to the newest migration; resolves to the versions it applied. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const migration of migrations().filter((m) => !done.has(m.version))) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [migration.version, migration.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
