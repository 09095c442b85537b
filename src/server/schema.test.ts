import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/fixtures/sandbox.ts';
import { openSandboxDb } from './schema.ts';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('sandbox store', () => {
  it('gains the columns added since an older version wrote it, keeping its rows', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = `${dir.path}/sandbox.db`;
    const old = new Database(file);
    old.exec(`CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL,
      tags TEXT NOT NULL, language TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL) STRICT`);
    old.prepare("INSERT INTO articles VALUES ('a1', 'Portabilidad', '', '', '[]', 'es', 'now', 1)").run();
    old.close();

    const db = openSandboxDb(file);
    expect(db.prepare('SELECT id, url FROM articles').all()).toEqual([{ id: 'a1', url: null }]);
    expect(db.prepare("SELECT name FROM pragma_table_info('outbound') WHERE name = 'articles'").all()).toHaveLength(1);
    db.close();
    openSandboxDb(file).close(); // a second open finds nothing to add
  });

  it('gives an older store’s cases the move-to-private columns, empty, keeping the cases', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = `${dir.path}/sandbox.db`;
    const old = new Database(file);
    old.exec(`CREATE TABLE cases (id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, customer_id TEXT NOT NULL,
      channel TEXT NOT NULL, subject TEXT NOT NULL, status TEXT NOT NULL, assigned_to TEXT, priority TEXT NOT NULL,
      language TEXT NOT NULL, reason TEXT, resolution TEXT, message_type TEXT, created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL, waiting_since TEXT, version INTEGER NOT NULL) STRICT`);
    old.prepare("INSERT INTO cases VALUES ('c1', 1001, 'cu1', 'x_mention', 'Sin servicio', 'open', 'lucia', 'normal', 'es', NULL, NULL, NULL, 'now', 'now', NULL, 1)").run();
    old.close();

    const db = openSandboxDb(file);
    expect(db.prepare('SELECT id, moved_to, continues, continued_in FROM cases').all())
      .toEqual([{ id: 'c1', moved_to: null, continues: null, continued_in: null }]);
    db.close();
  });

  it('dates an older store’s dels from the upgrade, so they age out like new ones', () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = `${dir.path}/sandbox.db`;
    const old = new Database(file);
    old.exec(`CREATE TABLE feed (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, id TEXT NOT NULL,
      scope TEXT NOT NULL, op TEXT NOT NULL, version INTEGER NOT NULL, reason TEXT, UNIQUE (entity, id, scope)) STRICT`);
    old.exec("INSERT INTO feed (entity, id, scope, op, version) VALUES ('case', 'c1', 'lucia', 'put', 1), ('case', 'c2', 'lucia', 'del', 2)");
    old.close();

    const before = new Date().toISOString();
    const db = openSandboxDb(file);
    const rows = db.prepare('SELECT id, del_at FROM feed ORDER BY seq').all() as { id: string; del_at: string | null }[];
    expect(rows[0]).toEqual({ id: 'c1', del_at: null });
    expect(rows[1]!.del_at! >= before).toBe(true);
    db.close();
  });
});
