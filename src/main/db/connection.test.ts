// The cache on disk: encrypted page by page, its WAL too, readable only with its key; a plain
// cache from before encryption is encrypted where it lies, even with a WAL left by a crash.
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';
import { CacheUnreadableError, openDatabase, relaxedTransaction } from './connection.ts';
import { Store } from './store.ts';

const PHRASE = 'MI DNI ES 30111222 Y MI TARJETA 4111111111111111';
const SECRETS = ['30111222', '4111111111111111', 'MI TARJETA'];

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

/** Which of the known secrets appear in the bytes of `file` and its WAL and shared memory. */
function leaked(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`].flatMap((f) => {
    if (!existsSync(f)) return [];
    const bytes = readFileSync(f);
    return SECRETS.filter((s) => bytes.includes(Buffer.from(s))).map((s) => `${s} in ${f}`);
  });
}

/** Node's own SQLite, built without any cipher: what anyone with the file would try first. */
function readsPlain(file: string): boolean {
  try {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    } finally {
      db.close();
    }
  } catch (error) {
    expect(String(error)).toMatch(/file is not a database/);
    return false;
  }
}

function plantMessage(store: Store, text: string): void {
  store.db.prepare(`INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version)
    VALUES (?, 'c1', 'customer', 'Cliente', ?, '2026-03-10T12:00:00Z', 'sent', 1)`).run(`m-${String(Math.random())}`, text);
}

describe('the encrypted cache', () => {
  it('keeps no customer text in clear in the file or its WAL, while open and after', () => {
    const file = `${dir.path}/atiende.db`;
    const key = testKey();
    const store = Store.open(file, key);
    for (let i = 0; i < 50; i++) plantMessage(store, `${PHRASE} #${i}`);
    // Still open: the pages sit in the WAL, which must be ciphertext too.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(leaked(file)).toEqual([]);
    store.db.prepare('DELETE FROM messages').run();
    store.close();
    expect(leaked(file)).toEqual([]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('opens only with its key: plain SQLite, no key and another key all fail', () => {
    const file = `${dir.path}/atiende.db`;
    const key = testKey();
    const store = Store.open(file, key);
    plantMessage(store, PHRASE);
    store.close();

    expect(readsPlain(file)).toBe(false);
    expect(() => openDatabase(file, null)).toThrow(CacheUnreadableError);
    expect(() => openDatabase(file, testKey())).toThrow(/cannot be read with this key/);
    const again = Store.open(file, key);
    expect(again.db.prepare('SELECT text FROM messages').pluck().get()).toBe(PHRASE);
    again.close();
  });

  it('searches accent-folded text as before (FTS5 on encrypted pages)', () => {
    const store = Store.open(`${dir.path}/atiende.db`, testKey());
    plantMessage(store, 'La facturación llegó duplicada');
    expect(store.db.prepare("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'facturacion'").pluck().get()).toBe(1);
    store.close();
  });
});

describe('a plain cache from before encryption', () => {
  it('is encrypted in place on first open, with what its WAL held after a crash, and nothing lost', () => {
    // Written by the previous release's code path: the same schema and pragmas, no key.
    const plain = `${dir.path}/plain.db`;
    const old = Store.open(plain, null);
    old.bindAccount({ server: 'http://127.0.0.1:9', username: 'lucia', clientId: 'client-0001' });
    for (let i = 0; i < 20; i++) plantMessage(old, `${PHRASE} #${i}`);
    old.db.prepare("DELETE FROM messages WHERE text LIKE '% #1%'").run();
    expect(leaked(plain).length).toBeGreaterThan(0);
    // The laptop died with the connection open: the files as they were, WAL included.
    const file = `${dir.path}/atiende.db`;
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(plain + suffix)) copyFileSync(plain + suffix, file + suffix);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    old.close();
    expect(readsPlain(file)).toBe(true);

    const key = testKey();
    const store = Store.open(file, key);
    expect(store.account()).toEqual({ server: 'http://127.0.0.1:9', username: 'lucia', clientId: 'client-0001' });
    expect(store.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(9);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    plantMessage(store, PHRASE);
    expect(leaked(file)).toEqual([]);
    store.close();

    expect(leaked(file)).toEqual([]);
    expect(readsPlain(file)).toBe(false);
    expect(() => openDatabase(file, testKey())).toThrow(CacheUnreadableError);
  });
});

describe('a commit that does not wait for the disk', () => {
  it('is whole or undone like any other, and leaves the connection committing durably again', () => {
    const db = openDatabase(`${dir.path}/relaxed.db`, testKey());
    try {
      const put = db.prepare("INSERT INTO sync_state(key, value) VALUES (?, 'x')");
      relaxedTransaction(db, () => put.run('a'));
      expect(() => relaxedTransaction(db, () => {
        put.run('b');
        put.run('a'); // already there: the whole transaction is undone
      })).toThrow(/UNIQUE/);
      expect(db.prepare("SELECT key FROM sync_state WHERE key IN ('a', 'b')").pluck().all()).toEqual(['a']);
      // FULL: what is committed next (an outbox row) is on the disk when its commit returns.
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      db.close();
    }
  });
});
