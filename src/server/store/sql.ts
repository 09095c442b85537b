// The one way a repository written for both engines speaks to its database. Statements use `?`
// placeholders and standard SQL that SQLite and PostgreSQL read alike (camelCase aliases quoted,
// `ON CONFLICT`, `RETURNING`); the few things the engines say differently are the dialect's.

export type Engine = 'sqlite' | 'postgres';

export interface Sql {
  readonly engine: Engine;
  row<R>(text: string, ...params: unknown[]): Promise<R | undefined>;
  rows<R>(text: string, ...params: unknown[]): Promise<R[]>;
  /** Runs a write; resolves to the number of rows it changed. */
  run(text: string, ...params: unknown[]): Promise<number>;
  /** The next version for a changed row: versions only grow, across the whole store. */
  nextVersion(): Promise<number>;
  /**
   * The next number of a series rows are numbered by (a case's number, a derivation's seq). On
   * SQLite, where one transaction runs at a time, `greatest` reads it: a `SELECT … AS n` of the
   * greatest number taken, plus one. On PostgreSQL two transactions reading that at once would
   * draw the same number, so it is the sequence `sequence`'s next value (migration 002), or
   * `greatest` when rows were written with numbers of their own (a seeded demo); a number drawn
   * by a transaction that rolls back is skipped there.
   */
  nextNumber(sequence: string, greatest: string): Promise<number>;
  /**
   * What a read that is about to be written back adds so that no other transaction writes the
   * row meanwhile: nothing on SQLite, where one transaction runs at a time; `FOR UPDATE` on
   * PostgreSQL.
   */
  readonly forUpdate: string;
  /**
   * Takes this transaction's turn among the store's writers, until it commits: on PostgreSQL
   * every transaction that writes takes it first (PostgresStore), so writers run one after the
   * other as on SQLite, whose one connection runs one transaction at a time, and reads run side
   * by side. The feed's seqs then become visible in order (a console's cursor never passes one
   * still to commit), and what a rule read is still so when it writes. Taken again, it is held already.
   */
  takeTurn(): Promise<void>;
  /** The values of a JSON array (a column, or `?` bound to JSON text) as rows with one column, `value`. */
  jsonEach(expression: string): string;
  /** The text at `key` of a JSON object (a column holding JSON text), NULL where it has none. */
  jsonText(expression: string, key: string): string;
  /** The order a message row was written in (SQLite's rowid), for `alias` on the messages table. */
  writtenOrder(alias: string): string;
}

/** A store that runs code speaking SQL itself in one transaction (the sandbox's controls and seeding, the ingest). */
export interface WithSql {
  withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
}

export async function exists(sql: Sql, text: string, ...params: unknown[]): Promise<boolean> {
  return (await sql.row(text, ...params)) !== undefined;
}

export async function ids(sql: Sql, text: string, ...params: unknown[]): Promise<string[]> {
  return (await sql.rows<{ id: string }>(text, ...params)).map((r) => r.id);
}

/** Runs a write whose count of changed rows nobody reads. */
export async function write(sql: Sql, text: string, ...params: unknown[]): Promise<void> {
  await sql.run(text, ...params);
}

/** A JSON key goes into the statement's text, so it is a plain name, never a value from outside. */
export function jsonKey(key: string): string {
  if (!/^\w+$/.test(key)) throw new Error(`not a JSON key: ${key}`);
  return key;
}
