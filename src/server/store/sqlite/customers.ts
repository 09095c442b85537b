import { nextVersion, type SandboxDb } from '../../schema.ts';
import { NEW_CUSTOMER } from '../shared/customers.ts';
import { row, run } from './sql.ts';

/**
 * The account a customer writes from: a known identity on the channel (linked ones included),
 * else a new record with that one identity (a post's author brings their followers).
 * The sandbox's own (trainer controls, listening), so synchronous; the record is the store's.
 */
export function accountFor(db: SandboxDb, channel: string, customer: { name: string; handle: string; followers?: number }): { customerId: string; identityId: string } {
  const known = row<{ id: string; customer_id: string }>(db, 'SELECT id, customer_id FROM identities WHERE channel = ? AND handle = ?', channel, customer.handle);
  if (known) return { customerId: known.customer_id, identityId: known.id };
  const customerId = `cus-${nextVersion(db)}`;
  run(db, NEW_CUSTOMER, customerId, customer.name, customer.followers ?? 0, 'es', nextVersion(db));
  const identityId = `${customerId}.1`;
  run(db, 'INSERT INTO identities VALUES (?, ?, ?, ?, 0, ?)', identityId, customerId, channel, customer.handle, nextVersion(db));
  return { customerId, identityId };
}
