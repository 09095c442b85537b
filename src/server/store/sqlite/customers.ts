import { z } from 'zod';
import { id } from '../../../protocol/fields.ts';
import { RowReader, type Row } from '../../columns.ts';
import type { CustomerLinks, CustomerNotes, Customers, Identities, LinkRecord } from '../repositories.ts';
import { nextVersion, type SandboxDb } from '../../schema.ts';
import type { Sync } from './promised.ts';
import { exists, ids, row, rows, run } from './sql.ts';

export const sqliteCustomers = (db: SandboxDb): Sync<Customers> => ({
  state: (customerId) => row(db, 'SELECT merged_into AS mergedInto FROM customers WHERE id = ?', customerId),
  language: (customerId) => row<{ language: string }>(db, 'SELECT language FROM customers WHERE id = ?', customerId)?.language,
  createFor: (handle, language) => {
    const id = `cus-${nextVersion(db)}`;
    run(db, `INSERT INTO customers (id, name, segment, followers, public_figure, location, language, notes, version)
      VALUES (?, ?, 'new', 0, 0, NULL, ?, NULL, ?)`, id, handle, language, nextVersion(db));
    return id;
  },
  retire: (customerId, into) => void run(db, 'UPDATE customers SET merged_into = ?, version = ? WHERE id = ?', into, nextVersion(db), customerId),
  revive: (customerId) => void run(db, 'UPDATE customers SET merged_into = NULL, version = ? WHERE id = ?', nextVersion(db), customerId),
  touch: (customerId) => void run(db, 'UPDATE customers SET version = ? WHERE id = ?', nextVersion(db), customerId),
});

export const sqliteIdentities = (db: SandboxDb): Sync<Identities> => ({
  get: (identityId) => row(db, 'SELECT customer_id AS customerId, handle FROM identities WHERE id = ?', identityId),
  ref: (identityId) => rows(db, 'SELECT id, validated FROM identities WHERE id = ?', identityId),
  ofCustomer: (customerId) => rows(db, 'SELECT id, validated FROM identities WHERE customer_id = ?', customerId),
  count: (customerId, except) => row<{ n: number }>(db, 'SELECT count(*) AS n FROM identities WHERE customer_id = ? AND id IS NOT ?',
    customerId, except ?? null)?.n ?? 0,
  setValidated: (identityId, validated) => void run(db, 'UPDATE identities SET validated = ?, version = ? WHERE id = ?',
    validated, nextVersion(db), identityId),
  moveTo: (identityId, customerId) => void run(db, 'UPDATE identities SET customer_id = ?, version = ? WHERE id = ?',
    customerId, nextVersion(db), identityId),
  accountsOf: (customerId) => rows(db, 'SELECT channel, handle FROM identities WHERE customer_id = ?', customerId),
  recordValidation: (v) => void run(db, 'INSERT INTO identity_validations (identity_id, customer_id, link_id, by, at) VALUES (?, ?, ?, ?, ?)',
    v.identityId, v.customerId, v.linkId, v.by, v.at),
});

export const sqliteNotes = (db: SandboxDb): Sync<CustomerNotes> => ({
  exists: (noteId) => exists(db, 'SELECT 1 FROM customer_notes WHERE id = ?', noteId),
  add: (n) => void run(db, 'INSERT INTO customer_notes VALUES (?, ?, ?, ?, ?, ?, ?)',
    n.id, n.customerId, n.author, n.authorName, n.text, n.at, nextVersion(db)),
  idsOfCustomer: (customerId) => ids(db, 'SELECT id FROM customer_notes WHERE customer_id = ?', customerId),
  customerOf: (noteId) => row<{ customer_id: string }>(db, 'SELECT customer_id FROM customer_notes WHERE id = ?', noteId)?.customer_id,
  moveTo: (noteId, customerId) => void run(db, 'UPDATE customer_notes SET customer_id = ?, version = ? WHERE id = ?',
    customerId, nextVersion(db), noteId),
});

/** What a link or merge moved, as customer_merges keeps it (JSON arrays). */
const MovedIdentities = z.array(z.object({ id, validated: z.int().min(0).max(1) }));
const MovedIds = z.array(id);
const LinkKind = z.enum(['link', 'merge']);

function fromRow(row: Row): LinkRecord {
  const r = new RowReader('customer_merges', row);
  return {
    id: r.text('id'), kind: r.as('kind', LinkKind), survivorId: r.text('survivor_id'), mergedId: r.text('merged_id'), undoneAt: r.textOrNull('undone_at'),
    moved: { identities: r.json('identities', MovedIdentities), cases: r.json('cases', MovedIds), notes: r.json('notes', MovedIds) },
  };
}

export const sqliteLinks = (db: SandboxDb): Sync<CustomerLinks> => ({
  exists: (linkId) => exists(db, 'SELECT 1 FROM customer_merges WHERE id = ?', linkId),
  get: (linkId) => {
    const found = row<Row>(db, 'SELECT * FROM customer_merges WHERE id = ?', linkId);
    return found && fromRow(found);
  },
  record: (l) => void run(db, 'INSERT INTO customer_merges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)',
    l.id, l.kind, l.survivorId, l.mergedId, JSON.stringify(l.moved.identities), JSON.stringify(l.moved.cases), JSON.stringify(l.moved.notes),
    l.by, l.at),
  markUndone: (linkId, at) => void run(db, 'UPDATE customer_merges SET undone_at = ? WHERE id = ?', at, linkId),
  voidLinksBringing: (survivorId, identityId, at) => void run(db, `UPDATE customer_merges SET undone_at = ? WHERE undone_at IS NULL AND survivor_id = ?
      AND EXISTS (SELECT 1 FROM json_each(identities) WHERE json_extract(value, '$.id') = ?)`, at, survivorId, identityId),
  recordUnlink: (u) => void run(db, 'INSERT INTO identity_unlinks VALUES (?, ?, ?, ?, ?, ?)', u.identityId, u.from, u.to, u.reason, u.by, u.at),
});

/**
 * The account a customer writes from: a known identity on the channel (linked ones included),
 * else a new record with that one identity (a post's author brings their followers).
 */
export function accountFor(db: SandboxDb, channel: string, customer: { name: string; handle: string; followers?: number }): { customerId: string; identityId: string } {
  const known = row<{ id: string; customer_id: string }>(db, 'SELECT id, customer_id FROM identities WHERE channel = ? AND handle = ?', channel, customer.handle);
  if (known) return { customerId: known.customer_id, identityId: known.id };
  const customerId = `cus-${nextVersion(db)}`;
  run(db, `INSERT INTO customers (id, name, segment, followers, public_figure, location, language, notes, version)
    VALUES (?, ?, 'new', ?, 0, NULL, 'es', NULL, ?)`, customerId, customer.name, customer.followers ?? 0, nextVersion(db));
  const identityId = `${customerId}.1`;
  run(db, 'INSERT INTO identities VALUES (?, ?, ?, ?, 0, ?)', identityId, customerId, channel, customer.handle, nextVersion(db));
  return { customerId, identityId };
}
