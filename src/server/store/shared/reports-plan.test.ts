// The reports read every thread of a period: through the case's thread index, already in order
// (no sort step over tens of thousands of messages), with the survey answers read as one set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSandboxDb, type SandboxDb } from '../../schema.ts';
import { sqliteSql } from '../sqlite/sqlite-sql.ts';
import { reportMessagesSql } from './reports.ts';

let db: SandboxDb;
beforeEach(() => { db = openSandboxDb(':memory:'); });
afterEach(() => db.close());

describe('the reports’ message read on SQLite', () => {
  it('walks messages by case and time without a temporary sort, and the surveys once', () => {
    const text = reportMessagesSql(sqliteSql(db));
    const plan = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${text}`).all('["c1","c2"]').map((r) => r.detail);
    expect(plan).toContainEqual(expect.stringMatching(/SEARCH m USING INDEX messages_case_sent \(case_id=\?\)/));
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    expect(plan.join('\n')).not.toMatch(/CORRELATED/);
  });
});
