// The shared repositories' statements on the sandbox's SQLite connection. better-sqlite3 answers
// at once; the promise only lets the same code run on PostgreSQL.
import { nextVersion, type SandboxDb } from '../../schema.ts';
import { jsonKey, type Sql } from '../sql.ts';
import { row, rows, run } from './sql.ts';

export function sqliteSql(db: SandboxDb): Sql {
  return {
    engine: 'sqlite',
    row: (text, ...params) => settle(() => row(db, text, ...params)),
    rows: (text, ...params) => settle(() => rows(db, text, ...params)),
    run: (text, ...params) => settle(() => run(db, text, ...params)),
    nextVersion: () => settle(() => nextVersion(db)),
    nextNumber: (_sequence, greatest) => settle(() => drawn(row<{ n: number }>(db, greatest), greatest)),
    forUpdate: '',
    takeTurn: () => Promise.resolve(),
    jsonEach: (expression) => `json_each(${expression})`,
    jsonText: (expression, key) => `(${expression} ->> '$.${jsonKey(key)}')`,
    writtenOrder: (alias) => `${alias}.rowid`,
  };
}

/** The number a numbering statement answered. */
function drawn(found: { n: number } | undefined, statement: string): number {
  if (!found) throw new Error(`No number from: ${statement}`);
  return found.n;
}

/** A throw becomes a rejection, as it would from a database driver. */
function settle<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

