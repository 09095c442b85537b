// The account a post's author writes from, for a case opened from a listening post.
import type { Sql } from '../sql.ts';

/**
 * The account a customer writes from: a known identity on the channel (linked ones included),
 * else a new record with that one identity (a post's author brings their followers). The same
 * statements as the sandbox's synchronous accountFor (sqlite/customers.ts), until customers are
 * written once.
 */
export async function accountFor(sql: Sql, channel: string, customer: { name: string; handle: string; followers?: number }): Promise<{ customerId: string; identityId: string }> {
  const known = await sql.row<{ id: string; customer_id: string }>('SELECT id, customer_id FROM identities WHERE channel = ? AND handle = ?', channel, customer.handle);
  if (known) return { customerId: known.customer_id, identityId: known.id };
  const customerId = `cus-${await sql.nextVersion()}`;
  await sql.run(`INSERT INTO customers (id, name, segment, followers, public_figure, location, language, notes, version)
    VALUES (?, ?, 'new', ?, 0, NULL, 'es', NULL, ?)`, customerId, customer.name, customer.followers ?? 0, await sql.nextVersion());
  const identityId = `${customerId}.1`;
  await sql.run('INSERT INTO identities VALUES (?, ?, ?, ?, 0, ?)', identityId, customerId, channel, customer.handle, await sql.nextVersion());
  return { customerId, identityId };
}
