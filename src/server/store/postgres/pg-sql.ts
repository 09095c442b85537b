// The shared repositories' statements on a PostgreSQL connection: `?` placeholders become `$n`,
// each text is prepared once per connection (by a name drawn from it; not one that reads every
// column), and 64-bit integers and numerics come back as numbers, as SQLite gives them (counts
// and versions stay far below 2^53).
import { createHash } from 'node:crypto';
import pg from 'pg';
import { jsonKey, type Sql } from '../sql.ts';

/** What a statement runs on: a pooled connection inside a transaction, or the pool itself. */
export type Queryable = Pick<pg.PoolClient, 'query'>;

/** Type parsers for every connection of a store: numbers where SQLite gives numbers. */
export const pgTypes = new pg.TypeOverrides();
pgTypes.setTypeParser(pg.types.builtins.INT8, Number);
pgTypes.setTypeParser(pg.types.builtins.NUMERIC, Number);

interface Statement { name: string | undefined; text: string }
const statements = new Map<string, Statement>();

/**
 * `SELECT *` or `alias.*`: its columns are the table's at the time it was prepared. A prepared
 * statement whose table another node's migration widened fails ("cached plan must not change
 * result type") on every connection that prepared it, until the node restarts; such a statement
 * is planned afresh each time instead. `count(*)` is no such list.
 */
const EVERY_COLUMN = /(?:\bSELECT|,)\s*(?:\w+\.)?\*/i;

/** The PostgreSQL text of a `?` statement, and its name; quoted text and identifiers are left alone. */
export function toPostgres(text: string): Statement {
  let statement = statements.get(text);
  if (statement) return statement;
  let n = 0;
  let quote: string | null = null;
  let out = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else out += char === '?' ? `$${++n}` : char;
  }
  const name = EVERY_COLUMN.test(out) ? undefined : `s${createHash('sha1').update(out).digest('hex').slice(0, 16)}`;
  statement = { name, text: out };
  statements.set(text, statement);
  return statement;
}

/** Any fixed number, the same on every node: the store's writers take turns on it. */
const WRITERS_LOCK = 7_301;

export function pgSql(on: Queryable): Sql {
  let turn = false;
  const query = async <R>(text: string, params: unknown[]) => {
    const { name, text: sql } = toPostgres(text);
    return on.query<R & pg.QueryResultRow>({ ...(name ? { name } : {}), text: sql, values: params.map(storable) });
  };
  return {
    engine: 'postgres',
    row: async <R>(text: string, ...params: unknown[]) => (await query<R>(text, params)).rows[0],
    rows: async <R>(text: string, ...params: unknown[]) => (await query<R>(text, params)).rows,
    run: async (text, ...params) => (await query(text, params)).rowCount ?? 0,
    nextVersion: async () => {
      const [drawn] = (await query<{ v: number }>("SELECT nextval('versions') AS v", [])).rows;
      if (!drawn) throw new Error('No version from the sequence versions');
      return drawn.v;
    },
    nextNumber: async (sequence, greatest) => {
      // The sequence's next value; past the greatest row when rows came with numbers of their own
      // (a seeded demo), and then the sequence moves there so the numbers after follow on.
      const [drawn] = (await query<{ n: number }>(
        `SELECT CASE WHEN g > v THEN setval(?::regclass, g) ELSE v END AS n FROM (SELECT nextval(?::regclass) AS v, (${greatest}) AS g) drawn`,
        [sequence, sequence])).rows;
      if (!drawn) throw new Error(`No number from the sequence ${sequence}`);
      return drawn.n;
    },
    forUpdate: ' FOR UPDATE',
    takeTurn: async () => {
      if (turn) return;
      await query('SELECT pg_advisory_xact_lock(?)', [WRITERS_LOCK]);
      turn = true;
    },
    jsonEach: (expression) => `json_array_elements_text(${expression}::json)`,
    jsonText: (expression, key) => `(${expression}::json ->> '${jsonKey(key)}')`,
    writtenOrder: (alias) => `${alias}.written`,
  };
}


/**
 * PostgreSQL's text holds no U+0000, which SQLite's does: a customer's text or a reply carrying
 * one is stored with U+FFFD in its place, rather than failing the whole push on every retry.
 */
const storable = (value: unknown): unknown => (typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value);
