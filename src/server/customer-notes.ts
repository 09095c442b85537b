// The server side of agents' notes on a customer: written by an agent who holds one of the
// customer's cases, stamped with the server's clock, and seen with the customer.
import type { MutationArgs } from '../protocol/mutations/index.ts';
import type { MutationResult } from '../protocol/sync.ts';
import { prepared } from './prepared.ts';
import { nextVersion } from './schema.ts';
import { SandboxPart } from './sandbox-part.ts';

type Outcome = Pick<MutationResult, 'status' | 'reason' | 'message'>;

export class CustomerNotes extends SandboxPart {
  add(args: MutationArgs<'add_customer_note'>, username: string): Outcome {
    if (!prepared(this.db, 'SELECT 1 FROM customers WHERE id = ?').get(args.customerId)) {
      return { status: 'conflict', reason: 'customer_not_found', message: 'The customer no longer exists' };
    }
    // Only an agent who can see the customer may write on them.
    if (!prepared(this.db, 'SELECT 1 FROM cases WHERE customer_id = ? AND assigned_to = ?').get(args.customerId, username)) {
      return { status: 'conflict', reason: 'not_in_scope', message: 'None of this customer’s cases is assigned to you; the note was not saved' };
    }
    if (prepared(this.db, 'SELECT 1 FROM customer_notes WHERE id = ?').get(args.noteId)) {
      return { status: 'rejected', reason: 'duplicate_note', message: 'A note with this id already exists' };
    }
    const name = prepared<[string], { name: string }>(this.db, 'SELECT name FROM users WHERE username = ?').get(username)?.name ?? username;
    prepared(this.db, 'INSERT INTO customer_notes VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(args.noteId, args.customerId, username, name, args.text, this.clock.now().toISOString(), nextVersion(this.db));
    this.feed.publishWithCustomer('customer_note', args.noteId);
    return { status: 'applied' };
  }
}
