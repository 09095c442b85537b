// The hot queries must use their indexes: a plan that degrades to a scan or a temporary
// sort would be invisible at 40 cases and painful at 5 000.
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from './store.ts';
import { CUSTOMER_HISTORY_SQL, FILTERED_INBOX_SQL, INBOX_IDS_SQL, INBOX_SQL } from './repositories/cases.ts';
import { MESSAGE_SEARCH_SQL, NEWEST_MESSAGES_SQL } from './repositories/messages.ts';
import { UNDECIDED_IN_CASE_SQL } from './repositories/auto-replies.ts';
import { ARTICLE_SEARCH_SQL, ARTICLE_TRIGRAM_SQL } from './repositories/knowledge.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { testKey } from '../../../tests/fixtures/cache.ts';

const dir = tempDir();
const store = Store.open(`${dir.path}/plans.db`, testKey());
afterAll(() => {
  store.close();
  dir.remove();
});

const plan = (sql: string, ...params: unknown[]): string =>
  store.db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => (row as { detail: string }).detail)
    .join('\n');

describe('query plans', () => {
  it('reads the inbox through cases_inbox, without a temporary sort', () => {
    const detail = plan(INBOX_SQL, 'lucia', 50, 0);
    // The work queue: the agent's cases the noise filter did not take out, in the index's order.
    expect(detail).toMatch(/SEARCH c USING INDEX cases_inbox \(assigned_to=\? AND triage_filtered=\?\)/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
    expect(detail).toMatch(/SEARCH cu USING INDEX sqlite_autoindex_customers_1 \(id=\?\)/);
  });

  it('reads the whole inbox’s ids in order from cases_inbox alone: no per-row reads, no temporary sort', () => {
    const detail = plan(INBOX_IDS_SQL, 'lucia', 20_000, 0);
    expect(detail).toMatch(/SEARCH c USING INDEX cases_inbox \(assigned_to=\? AND triage_filtered=\?\)/);
    expect(detail).not.toMatch(/TEMP B-TREE|messages|drafts|case_triage|case_reads/);
  });

  it('marks rows with an unsent draft by the draft’s key, never by scanning the drafts', () => {
    const detail = plan(INBOX_SQL, 'lucia', 50, 0);
    expect(detail).toMatch(/SEARCH d USING (COVERING )?INDEX sqlite_autoindex_drafts_1 \(case_id=\?\)/);
    expect(detail).not.toMatch(/SCAN d\b/);
  });

  it('reads a customer’s history newest first from cases_customer, without a temporary sort', () => {
    const detail = plan(CUSTOMER_HISTORY_SQL, 'cus-ana-gomez');
    expect(detail).toMatch(/SEARCH c USING INDEX cases_customer \(customer_id=\?\)/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
    expect(detail).toMatch(/SEARCH a USING INDEX sqlite_autoindex_agents_1 \(id=\?\)/);
    // The first customer message (only for cases without a subject) comes from messages_case_kind.
    expect(detail).toMatch(/SEARCH m USING (COVERING )?INDEX messages_case_kind \(case_id=\? AND kind=\?\)/);
  });

  it('orders the inbox by the computed priority from the same index, reading each row’s triage by key', () => {
    const detail = plan(INBOX_SQL, 'lucia', 50, 0);
    expect(detail).toMatch(/SEARCH ct USING INDEX sqlite_autoindex_case_triage_1 \(case_id=\?\)/);
    expect(detail).not.toMatch(/SCAN ct\b/);
  });

  it('finds a touched case’s undecided messages for auto-replies by keys alone, already in order', () => {
    const detail = plan(UNDECIDED_IN_CASE_SQL, { agent: 'lucia', caseId: 'case-001' });
    expect(detail).toMatch(/SEARCH c USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    expect(detail).toMatch(/SEARCH m USING INDEX messages_case_kind \(case_id=\? AND kind=\?\)/);
    expect(detail).toMatch(/SEARCH d USING PRIMARY KEY \(message_id=\?\)/);
    expect(detail).not.toMatch(/TEMP B-TREE|SCAN/);
  });

  it('reads the filtered view from the same index, without a temporary sort', () => {
    const detail = plan(FILTERED_INBOX_SQL, 'lucia', 50, 0);
    expect(detail).toMatch(/SEARCH c USING INDEX cases_inbox \(assigned_to=\? AND triage_filtered=\?\)/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });

  it('answers message search from the FTS index, joining by primary keys', () => {
    const detail = plan(MESSAGE_SEARCH_SQL, { query: '"factura"*', limit: 50 });
    expect(detail).toMatch(/SCAN messages_fts VIRTUAL TABLE INDEX/);
    expect(detail).toMatch(/SEARCH m USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(detail).not.toMatch(/SCAN m\b/);
    // Snippets are cut, and cases looked up, for the page of hits only, after the limit.
    expect(detail).toMatch(/SEARCH hit USING .*\nSEARCH c USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    expect(detail).not.toMatch(/SCAN c\b/);
  });

  it('picks a case’s newest messages from the index, computing the thread’s columns for those rows only', () => {
    const detail = plan(NEWEST_MESSAGES_SQL, 'case-001', 20);
    // The page is picked from the messages and their index, none of the thread's lookups.
    expect(detail).toMatch(/SEARCH messages USING COVERING INDEX messages_case_kind \(case_id=\?\)/);
    // The full rows are read by rowid, for the picked ones only: never the whole thread.
    expect(detail).toMatch(/SEARCH m USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(detail).not.toMatch(/SEARCH m USING .*INDEX messages_case_kind/);
    expect(detail).not.toMatch(/SCAN m\b/);
  });

  it('answers article search from the FTS index, ranked inside FTS', () => {
    const detail = plan(ARTICLE_SEARCH_SQL, { query: '"router"*', limit: 20 });
    expect(detail).toMatch(/SCAN articles_fts VIRTUAL TABLE INDEX/);
    // Articles are read for the ranked page of hits only, never for every match.
    expect(detail).toMatch(/SEARCH top USING .*\nSEARCH a USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(detail).not.toMatch(/SCAN a\b/);
  });

  it('answers the trigram fallback the same way', () => {
    const detail = plan(ARTICLE_TRIGRAM_SQL, { query: '"rou"', limit: 20 });
    expect(detail).toMatch(/SCAN articles_trigram VIRTUAL TABLE INDEX/);
    expect(detail).toMatch(/SEARCH top USING .*\nSEARCH a USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(detail).not.toMatch(/SCAN a\b/);
  });
});
