// One-line statements over the connection's cache of prepared statements.
import { prepared } from '../../prepared.ts';
import type { SandboxDb } from '../../schema.ts';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row's shape, as with prepared()
export const row = <R>(db: SandboxDb, sql: string, ...params: unknown[]): R | undefined => prepared<unknown[], R>(db, sql).get(...params);

export const rows = <R>(db: SandboxDb, sql: string, ...params: unknown[]): R[] => prepared<unknown[], R>(db, sql).all(...params);

export const exists = (db: SandboxDb, sql: string, ...params: unknown[]): boolean => row(db, sql, ...params) !== undefined;

export const ids = (db: SandboxDb, sql: string, ...params: unknown[]): string[] => rows<{ id: string }>(db, sql, ...params).map((r) => r.id);

export function run(db: SandboxDb, sql: string, ...params: unknown[]): number {
  return prepared(db, sql).run(...params).changes;
}
