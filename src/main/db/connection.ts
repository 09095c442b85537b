// Opens a profile's SQLite cache with the pragmas every connection needs.
import { chmodSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from './migrations/index.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /** Skip migrations (only tests of the migrations themselves want this). */
  migrate?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL makes each commit durable: the outbox holds what agents typed, and a page of pull
    // must not come back half-applied after a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (options.migrate !== false) migrate(db);
    // Customer data: readable by the user only, whatever the umask.
    if (file !== ':memory:') for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
