// The one way a repository written for both engines speaks to its database. Statements use `?`
// placeholders and standard SQL that SQLite and PostgreSQL read alike (camelCase aliases quoted,
// `ON CONFLICT`, `RETURNING`); the few things the engines say differently are the dialect's.

export type Engine = 'sqlite' | 'postgres';

export interface Sql {
  readonly engine: Engine;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row's shape, as with prepared()
  row<R>(text: string, ...params: unknown[]): Promise<R | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- as row()
  rows<R>(text: string, ...params: unknown[]): Promise<R[]>;
  /** Runs a write; resolves to the number of rows it changed. */
  run(text: string, ...params: unknown[]): Promise<number>;
  /** The next version for a changed row: versions only grow, across the whole store. */
  nextVersion(): Promise<number>;
  /**
   * What a read that is about to be written back adds so that no other transaction writes the
   * row meanwhile: nothing on SQLite, where one transaction runs at a time; `FOR UPDATE` on
   * PostgreSQL.
   */
  readonly forUpdate: string;
  /** The values of a JSON array (a column, or `?` bound to JSON text) as rows with one column, `value`. */
  jsonEach(expression: string): string;
  /** The text at `key` of a JSON object (a column holding JSON text), NULL where it has none. */
  jsonText(expression: string, key: string): string;
  /** The order a message row was written in (SQLite's rowid), for `alias` on the messages table. */
  writtenOrder(alias: string): string;
}

export async function exists(sql: Sql, text: string, ...params: unknown[]): Promise<boolean> {
  return (await sql.row(text, ...params)) !== undefined;
}

export async function ids(sql: Sql, text: string, ...params: unknown[]): Promise<string[]> {
  return (await sql.rows<{ id: string }>(text, ...params)).map((r) => r.id);
}

/** A JSON key goes into the statement's text, so it is a plain name, never a value from outside. */
export function jsonKey(key: string): string {
  if (!/^\w+$/.test(key)) throw new Error(`not a JSON key: ${key}`);
  return key;
}
