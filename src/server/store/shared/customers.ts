import { z } from 'zod';
import { id } from '../../../protocol/fields.ts';
import { RowReader, type Row } from '../../columns.ts';
import type { CustomerLinks, CustomerNotes, Customers, Identities, LinkRecord } from '../repositories.ts';
import { exists, ids, type Sql } from '../sql.ts';

/** A fresh record: (id, name, followers, language, version). */
const NEW_CUSTOMER = `INSERT INTO customers (id, name, segment, followers, public_figure, location, language, notes, version)
  VALUES (?, ?, 'new', ?, 0, NULL, ?, NULL, ?)`;

export const customers = (sql: Sql): Customers => ({
  state: (customerId) => sql.row('SELECT merged_into AS "mergedInto" FROM customers WHERE id = ?', customerId),
  language: async (customerId) => (await sql.row<{ language: string }>('SELECT language FROM customers WHERE id = ?', customerId))?.language,
  createFor: async (handle, language) => {
    const id = `cus-${await sql.nextVersion()}`;
    await sql.run(NEW_CUSTOMER, id, handle, 0, language, await sql.nextVersion());
    return id;
  },
  retire: async (customerId, into) => { await sql.run('UPDATE customers SET merged_into = ?, version = ? WHERE id = ?',
    into, await sql.nextVersion(), customerId); },
  revive: async (customerId) => { await sql.run('UPDATE customers SET merged_into = NULL, version = ? WHERE id = ?',
    await sql.nextVersion(), customerId); },
  touch: async (customerId) => { await sql.run('UPDATE customers SET version = ? WHERE id = ?', await sql.nextVersion(), customerId); },
});

export const identities = (sql: Sql): Identities => ({
  get: (identityId) => sql.row('SELECT customer_id AS "customerId", handle FROM identities WHERE id = ?', identityId),
  ref: (identityId) => sql.rows('SELECT id, validated FROM identities WHERE id = ?', identityId),
  ofCustomer: (customerId) => sql.rows('SELECT id, validated FROM identities WHERE customer_id = ?', customerId),
  count: async (customerId, except) => (await sql.row<{ n: number }>(
    'SELECT count(*) AS n FROM identities WHERE customer_id = ? AND id IS DISTINCT FROM ?', customerId, except ?? null))?.n ?? 0,
  setValidated: async (identityId, validated) => { await sql.run('UPDATE identities SET validated = ?, version = ? WHERE id = ?',
    validated, await sql.nextVersion(), identityId); },
  moveTo: async (identityId, customerId) => { await sql.run('UPDATE identities SET customer_id = ?, version = ? WHERE id = ?',
    customerId, await sql.nextVersion(), identityId); },
  accountsOf: (customerId) => sql.rows('SELECT channel, handle FROM identities WHERE customer_id = ?', customerId),
  recordValidation: async (v) => { await sql.run(
    'INSERT INTO identity_validations (identity_id, customer_id, link_id, by, at) VALUES (?, ?, ?, ?, ?)',
    v.identityId, v.customerId, v.linkId, v.by, v.at); },
});

export const notes = (sql: Sql): CustomerNotes => ({
  exists: (noteId) => exists(sql, 'SELECT 1 FROM customer_notes WHERE id = ?', noteId),
  add: async (n) => { await sql.run('INSERT INTO customer_notes VALUES (?, ?, ?, ?, ?, ?, ?)',
    n.id, n.customerId, n.author, n.authorName, n.text, n.at, await sql.nextVersion()); },
  idsOfCustomer: (customerId) => ids(sql, 'SELECT id FROM customer_notes WHERE customer_id = ?', customerId),
  customerOf: async (noteId) => (await sql.row<{ customer_id: string }>('SELECT customer_id FROM customer_notes WHERE id = ?', noteId))?.customer_id,
  moveTo: async (noteId, customerId) => { await sql.run('UPDATE customer_notes SET customer_id = ?, version = ? WHERE id = ?',
    customerId, await sql.nextVersion(), noteId); },
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

export const links = (sql: Sql): CustomerLinks => ({
  exists: (linkId) => exists(sql, 'SELECT 1 FROM customer_merges WHERE id = ?', linkId),
  get: async (linkId) => {
    const found = await sql.row<Row>('SELECT * FROM customer_merges WHERE id = ?', linkId);
    return found && fromRow(found);
  },
  record: async (l) => { await sql.run('INSERT INTO customer_merges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)',
    l.id, l.kind, l.survivorId, l.mergedId, JSON.stringify(l.moved.identities), JSON.stringify(l.moved.cases), JSON.stringify(l.moved.notes),
    l.by, l.at); },
  markUndone: async (linkId, at) => { await sql.run('UPDATE customer_merges SET undone_at = ? WHERE id = ?', at, linkId); },
  voidLinksBringing: async (survivorId, identityId, at) => {
    // Which identities a link moved is JSON the engines read differently, so it is read here;
    // the rows stay locked until they are written back.
    const open = await sql.rows<Row>(
      `SELECT * FROM customer_merges WHERE undone_at IS NULL AND survivor_id = ?${sql.forUpdate}`, survivorId);
    const bringing = open.map(fromRow).filter((l) => l.moved.identities.some((i) => i.id === identityId)).map((l) => l.id);
    if (bringing.length > 0) {
      await sql.run(`UPDATE customer_merges SET undone_at = ? WHERE id IN (SELECT value FROM ${sql.jsonEach('?')})`, at, JSON.stringify(bringing));
    }
  },
  recordUnlink: async (u) => { await sql.run('INSERT INTO identity_unlinks VALUES (?, ?, ?, ?, ?, ?)',
    u.identityId, u.from, u.to, u.reason, u.by, u.at); },
});

/**
 * The account a customer writes from: a known identity on the channel (linked ones included),
 * else a new record with that one identity (a post's author brings their followers).
 */
export async function accountFor(sql: Sql, channel: string, customer: { name: string; handle: string; followers?: number }): Promise<{ customerId: string; identityId: string }> {
  const known = await sql.row<{ id: string; customer_id: string }>('SELECT id, customer_id FROM identities WHERE channel = ? AND handle = ? ORDER BY id', channel, customer.handle);
  if (known) return { customerId: known.customer_id, identityId: known.id };
  const customerId = `cus-${await sql.nextVersion()}`;
  await sql.run(NEW_CUSTOMER, customerId, customer.name, customer.followers ?? 0, 'es', await sql.nextVersion());
  const identityId = `${customerId}.1`;
  await sql.run('INSERT INTO identities VALUES (?, ?, ?, ?, 0, ?)', identityId, customerId, channel, customer.handle, await sql.nextVersion());
  return { customerId, identityId };
}
