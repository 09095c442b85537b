// The secondary indexes of the tables a first sync fills (cases, messages, identities). Kept row
// by row, each of tens of thousands of inserts also walks and splits those b-trees; built once
// from the full table, SQLite sorts each key a single time. So a first sync drops them with its
// first page and creates them again in its last page's transaction, before triage reads the
// threads through them. Queries meanwhile stay correct, only slower (the tables are small then).
import type { Db } from './connection.ts';
import { putBack, setAside, setAsideObjects } from './set-aside.ts';

/** Not unique, so nothing a page writes can fail when they are created again. */
const BULK_INDEXES = ['cases_number', 'cases_customer', 'cases_inbox', 'messages_case_kind', 'customer_identities_customer'] as const;

const KEY_SET_ASIDE = 'bulk_indexes_set_aside';

export function bulkIndexesDeferred(db: Db): boolean {
  return setAside(db, KEY_SET_ASIDE);
}

/** Drops the bulk-loaded tables' secondary indexes until `buildBulkIndexes`. Run inside a transaction; idempotent. */
export function deferBulkIndexes(db: Db): void {
  setAsideObjects(db, KEY_SET_ASIDE, 'index', BULK_INDEXES);
}

/** Creates the set-aside indexes again. Run inside a transaction; does nothing unless they were set aside. */
export function buildBulkIndexes(db: Db): void {
  putBack(db, KEY_SET_ASIDE);
}
