// The PostgreSQL side of the store's seam, on a real cluster: migrations applied once however
// many nodes start together, statements written once for both engines, and the push log's row
// lock that keeps two nodes from applying one console's seq twice.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresDatabase } from '../../../../tests/fixtures/postgres.ts';
import { pushLog } from '../shared/push-log.ts';
import { migrate, migrations } from './migrate.ts';
import { pgSql, pgTypes, toPostgres } from './pg-sql.ts';

const pools: pg.Pool[] = [];
const poolOn = (url: string) => {
  const pool = new pg.Pool({ connectionString: url, types: pgTypes });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.end()));
});

describe('PostgreSQL migrations', () => {
  it('applies each numbered migration once, even with two nodes starting at the same moment', async () => {
    const url = await postgresDatabase({ empty: true });
    const [a, b] = [poolOn(url), poolOn(url)];
    const applied = await Promise.all([migrate(a), migrate(b)]);
    const versions = migrations().map((m) => m.version);
    expect(applied.flat().sort()).toEqual(versions);
    expect(await migrate(a)).toEqual([]);
    const tables = await a.query<{ n: number }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('cases', 'messages', 'feed', 'clients')");
    expect(tables.rows[0]!.n).toBe(4);
  });
});

describe('statements written once', () => {
  it('numbers ? placeholders, leaving question marks in quoted text alone', () => {
    expect(toPostgres(`SELECT '¿qué?' AS "why?", ? AS a WHERE b = ? AND c IN (?)`).text)
      .toBe(`SELECT '¿qué?' AS "why?", $1 AS a WHERE b = $2 AND c IN ($3)`);
  });

  it('reads every column of a row after another node added one (a rolling migration), on a connection that read it before', async () => {
    const url = await postgresDatabase({ empty: true });
    const client = new pg.Client({ connectionString: url, types: pgTypes });
    await client.connect();
    try {
      await client.query("CREATE TABLE notes (id TEXT PRIMARY KEY); INSERT INTO notes VALUES ('n1')");
      const sql = pgSql(client);
      const read = () => sql.rows('SELECT n.* FROM notes n WHERE n.id = ?', 'n1');
      expect(await read()).toEqual([{ id: 'n1' }]);
      await poolOn(url).query("ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'plain'");
      expect(await read()).toEqual([{ id: 'n1', kind: 'plain' }]);
      expect(await sql.rows('SELECT count(*) AS n FROM notes')).toEqual([{ n: 1 }]);
      // Only statements that list every column are planned afresh; the others stay prepared.
      expect([toPostgres('SELECT * FROM notes').name, toPostgres('SELECT id, n.* FROM notes n').name]).toEqual([undefined, undefined]);
      expect(toPostgres('SELECT count(*) AS n FROM notes').name).toMatch(/^s[0-9a-f]{16}$/);
    } finally {
      await client.end();
    }
  });

  it('answers counts and versions as numbers, as SQLite does', async () => {
    const sql = pgSql(poolOn(await postgresDatabase()));
    expect(await sql.row('SELECT count(*) AS n FROM cases')).toEqual({ n: 0 });
    const first = await sql.nextVersion();
    expect(await sql.nextVersion()).toBe(first + 1);
    expect(typeof first).toBe('number');
  });
});

describe('the push log on PostgreSQL', () => {
  it('holds a console\'s row for the whole push: a second node waits, then sees the seq the first applied', async () => {
    const pool = poolOn(await postgresDatabase());
    await pushLog(pgSql(pool)).addClient('client-a', 'lucia');
    const [first, second] = [await pool.connect(), await pool.connect()];
    try {
      await first.query('BEGIN');
      expect(await pushLog(pgSql(first)).client('client-a')).toEqual({ username: 'lucia', lastSeq: 0 });
      await second.query('BEGIN');
      const waiting = pushLog(pgSql(second)).client('client-a');
      let answered = false;
      void waiting.then(() => (answered = true));
      await pushLog(pgSql(first)).advance('client-a', 1);
      await new Promise((r) => setTimeout(r, 200));
      expect(answered).toBe(false);
      await first.query('COMMIT');
      expect(await waiting).toEqual({ username: 'lucia', lastSeq: 1 });
      await second.query('COMMIT');
    } finally {
      first.release();
      second.release();
    }
  });
});
