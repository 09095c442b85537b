import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
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
});
