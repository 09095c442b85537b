// Opens a profile's SQLite cache, encrypted with its key, with the pragmas every connection needs.
import { chmodSync, existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from './migrations/index.ts';
import { deferIndexMerges, restoreSearchIndexes } from './search-index.ts';

export type Db = Database.Database;

/** A profile's 256-bit cache key; `null` opens a plain SQLite file (the bench's baseline, old caches). */
export type CacheKey = Buffer | null;

export const CACHE_KEY_BYTES = 32;

export interface OpenOptions {
  /** Skip migrations (only tests of the migrations themselves want this). */
  migrate?: boolean;
}

/** Raised when the file is encrypted with another key (or is no database at all). */
export class CacheUnreadableError extends Error {
  override name = 'CacheUnreadableError';
  readonly code = 'cache_unreadable';
}

/**
 * Keys a fresh connection: SQLCipher 4's format (any SQLCipher tool opens the file with the raw
 * key) and a raw key, so no passphrase derivation runs on every open. The WAL is encrypted with
 * the same pages. Must run before anything reads the file.
 */
export function applyKey(db: Db, key: Buffer): void {
  if (key.length !== CACHE_KEY_BYTES) throw new Error(`A cache key has ${CACHE_KEY_BYTES} bytes, not ${key.length}`);
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

export function openDatabase(file: string, key: CacheKey, options: OpenOptions = {}): Db {
  if (key && file !== ':memory:' && holdsPlainData(file)) encryptInPlace(file, key);
  const db = new Database(file);
  try {
    if (key) applyKey(db, key);
    readable(db);
    db.pragma('journal_mode = WAL');
    // FULL makes each commit durable: the outbox holds what agents typed. Only a first sync's
    // pages but the last commit without waiting (relaxedTransaction): the server can resend them.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A deleted message is overwritten, not left in a free page for anyone with the key.
    db.pragma('secure_delete = ON');
    if (options.migrate !== false) {
      restoreSearchIndexes(db);
      migrate(db);
      // Queued changes merge the message index after their commit, not in it (upkeep.ts).
      deferIndexMerges(db);
    }
    // Customer data: readable by the user only, whatever the umask.
    if (file !== ':memory:') for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs `work` in one transaction whose commit does not wait for the disk (synchronous=NORMAL),
 * for what the server can send again: a power cut may lose the last such commits, never half of
 * one, and the next durable commit carries them to the disk with it (the WAL is written in
 * order). Every other commit on the connection stays as durable as before.
 */
export function relaxedTransaction<T>(db: Db, work: () => T): T {
  const durability = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return db.transaction(work)();
  } finally {
    db.pragma(`synchronous = ${durability}`);
  }
}

/** Whether `file` (with its WAL) is a plain SQLite database with something in it. */
function holdsPlainData(file: string): boolean {
  const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
  if (size(file) === 0 && size(`${file}-wal`) === 0) return false;
  const db = new Database(file);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false; // encrypted: the key decides below
  } finally {
    db.close();
  }
}

/**
 * Encrypts a plain cache where it lies. `rekey` rewrites every page in one transaction, so a crash
 * leaves the old file whole; it cannot run in WAL mode, so the WAL is first folded into the file
 * (DELETE mode), and WAL comes back when the cache is opened again.
 */
function encryptInPlace(file: string, key: Buffer): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    db.close();
  }
}

function readable(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (error instanceof Error && /file is not a database/.test(error.message)) {
      throw new CacheUnreadableError('The cache cannot be read with this key (it was encrypted with another one)');
    }
    throw error;
  }
}
