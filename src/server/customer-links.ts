// The server side of linking an account to a known customer, unlinking it, merging two records
// and undoing either. What moves is written down, so an undo puts back exactly that and nothing
// an agent added since. Every case keeps the identity it came through: replies go there.
import type { MutationArgs } from '../protocol/mutations/index.ts';
import type { MutationResult } from '../protocol/sync.ts';
import { prepared } from './prepared.ts';
import { nextVersion } from './schema.ts';
import { SandboxPart } from './sandbox-part.ts';

type Outcome = Pick<MutationResult, 'status' | 'reason' | 'message'>;

const duplicate: Outcome = { status: 'rejected', reason: 'duplicate_merge', message: 'A link or merge with this id already exists' };

/** The agent's own case the change was made from. */
export interface FromCase {
  id: string;
  number: number;
  customerId: string;
}

interface Moved {
  identities: { id: string; validated: number }[];
  cases: string[];
  notes: string[];
}

interface MergeRow {
  id: string;
  kind: 'link' | 'merge';
  survivor_id: string;
  merged_id: string;
  identities: string;
  cases: string;
  notes: string;
  undone_at: string | null;
}

export class CustomerLinks extends SandboxPart {
  /** The case's account becomes the known customer's, validated; an emptied record retires. */
  link(from: FromCase, args: MutationArgs<'link_identity'>, username: string): Outcome {
    if (this.recorded(args.linkId)) return duplicate;
    const identityId = prepared<[string], { identity_id: string | null }>(this.db, 'SELECT identity_id FROM cases WHERE id = ?').get(from.id)?.identity_id;
    if (!identityId) return { status: 'rejected', reason: 'no_identity', message: `Case #${from.number} does not say which account the customer wrote from` };
    const problem = this.activeCustomerProblem(args.customerId);
    if (problem) return problem;
    if (from.customerId === args.customerId) return { status: 'applied' };
    const others = prepared<[string, string], { n: number }>(this.db, 'SELECT count(*) AS n FROM identities WHERE customer_id = ? AND id <> ?')
      .get(from.customerId, identityId)?.n ?? 0;
    // The account was the whole record (the usual unknown sender): the record folds in with it.
    const moved = others === 0
      ? this.contentsOf(from.customerId)
      : {
          identities: this.identities('id = ?', identityId),
          cases: this.ids('SELECT id FROM cases WHERE identity_id = ?', identityId),
          notes: [],
        };
    this.move(moved, args.customerId);
    prepared(this.db, 'UPDATE identities SET validated = 1, version = ? WHERE id = ?').run(nextVersion(this.db), identityId);
    this.record(args.linkId, 'link', args.customerId, from.customerId, moved, username, others === 0);
    this.publish(moved, [args.customerId, from.customerId]);
    return { status: 'applied' };
  }

  /** The identity leaves the case's customer for a record of its own, with the agent's reason. */
  unlink(from: FromCase, args: MutationArgs<'unlink_identity'>, username: string): Outcome {
    const identity = prepared<[string], { customer_id: string; handle: string }>(this.db, 'SELECT customer_id, handle FROM identities WHERE id = ?')
      .get(args.identityId);
    if (!identity || identity.customer_id !== from.customerId) {
      return { status: 'conflict', reason: 'identity_not_found', message: `That account is no longer part of case #${from.number}'s customer` };
    }
    const count = prepared<[string], { n: number }>(this.db, 'SELECT count(*) AS n FROM identities WHERE customer_id = ?').get(from.customerId)?.n ?? 0;
    if (count < 2) return { status: 'rejected', reason: 'only_identity', message: 'A customer’s only account cannot be unlinked' };
    const customer = prepared<[string], { language: string }>(this.db, 'SELECT language FROM customers WHERE id = ?').get(from.customerId);
    const newId = `cus-${nextVersion(this.db)}`;
    prepared(this.db, `INSERT INTO customers (id, name, segment, followers, public_figure, location, language, notes, version)
      VALUES (?, ?, 'new', 0, 0, NULL, ?, NULL, ?)`).run(newId, identity.handle, customer?.language ?? 'es', nextVersion(this.db));
    const moved = {
      identities: this.identities('id = ?', args.identityId),
      cases: this.ids('SELECT id FROM cases WHERE identity_id = ?', args.identityId),
      notes: [],
    };
    this.move(moved, newId);
    prepared(this.db, 'UPDATE identities SET validated = 0, version = ? WHERE id = ?').run(nextVersion(this.db), args.identityId);
    const now = this.clock.now().toISOString();
    prepared(this.db, 'INSERT INTO identity_unlinks VALUES (?, ?, ?, ?, ?, ?)').run(args.identityId, from.customerId, newId, args.reason, username, now);
    // A link that brought this account in can no longer be undone as it was.
    prepared(this.db, `UPDATE customer_merges SET undone_at = ? WHERE undone_at IS NULL AND survivor_id = ?
      AND EXISTS (SELECT 1 FROM json_each(identities) WHERE json_extract(value, '$.id') = ?)`).run(now, from.customerId, args.identityId);
    this.publish(moved, [from.customerId, newId]);
    return { status: 'applied' };
  }

  /** Folds one record into the other: identities, cases and notes move; the merged one retires. */
  merge(from: FromCase, args: MutationArgs<'merge_customers'>, username: string): Outcome {
    if (this.recorded(args.mergeId)) return duplicate;
    if (from.customerId !== args.survivorId && from.customerId !== args.mergedId) {
      return { status: 'conflict', reason: 'not_this_customer', message: `Neither record is case #${from.number}'s customer any more` };
    }
    const problem = this.activeCustomerProblem(args.survivorId) ?? this.activeCustomerProblem(args.mergedId);
    if (problem) return problem;
    const moved = this.contentsOf(args.mergedId);
    this.move(moved, args.survivorId);
    this.record(args.mergeId, 'merge', args.survivorId, args.mergedId, moved, username, true);
    this.publish(moved, [args.survivorId, args.mergedId]);
    return { status: 'applied' };
  }

  /** Puts back what a link or a merge moved (what is still on the survivor) and revives the record. */
  undo(from: FromCase, args: MutationArgs<'undo_merge'>): Outcome {
    const merge = prepared<[string], MergeRow>(this.db, 'SELECT * FROM customer_merges WHERE id = ?').get(args.mergeId);
    if (!merge) return { status: 'rejected', reason: 'merge_not_found', message: 'There is no such link or merge' };
    if (merge.undone_at !== null) return { status: 'conflict', reason: 'already_undone', message: 'This link or merge was already undone' };
    if (from.customerId !== merge.survivor_id && from.customerId !== merge.merged_id) {
      return { status: 'conflict', reason: 'not_this_customer', message: `That merge is not about case #${from.number}'s customer` };
    }
    // Only what is still on the survivor goes back: an account unlinked since stays where it is.
    const stillThere = (table: string) => (id: string) =>
      prepared<[string], { customer_id: string }>(this.db, `SELECT customer_id FROM ${table} WHERE id = ?`).get(id)?.customer_id === merge.survivor_id;
    const identities = (JSON.parse(merge.identities) as Moved['identities']).filter((i) => stillThere('identities')(i.id));
    // Cases that came through those accounts since the merge go back with them.
    const since = identities.flatMap(({ id }) => this.ids('SELECT id FROM cases WHERE identity_id = ?', id)).filter(stillThere('cases'));
    const back: Moved = {
      identities,
      cases: [...new Set([...(JSON.parse(merge.cases) as string[]).filter(stillThere('cases')), ...since])],
      notes: (JSON.parse(merge.notes) as string[]).filter(stillThere('customer_notes')),
    };
    prepared(this.db, 'UPDATE customers SET merged_into = NULL, version = ? WHERE id = ?').run(nextVersion(this.db), merge.merged_id);
    this.move(back, merge.merged_id);
    for (const identity of back.identities) {
      prepared(this.db, 'UPDATE identities SET validated = ?, version = ? WHERE id = ?').run(identity.validated, nextVersion(this.db), identity.id);
    }
    prepared(this.db, 'UPDATE customer_merges SET undone_at = ? WHERE id = ?').run(this.clock.now().toISOString(), merge.id);
    this.publish(back, [merge.survivor_id, merge.merged_id]);
    return { status: 'applied' };
  }

  private recorded(mergeId: string): boolean {
    return prepared(this.db, 'SELECT 1 FROM customer_merges WHERE id = ?').get(mergeId) !== undefined;
  }

  private activeCustomerProblem(customerId: string): Outcome | null {
    const row = prepared<[string], { merged_into: string | null }>(this.db, 'SELECT merged_into FROM customers WHERE id = ?').get(customerId);
    if (!row) return { status: 'conflict', reason: 'customer_not_found', message: 'That customer record no longer exists' };
    if (row.merged_into !== null) return { status: 'conflict', reason: 'customer_merged', message: 'That customer record was merged into another one' };
    return null;
  }

  private contentsOf(customerId: string): Moved {
    return {
      identities: this.identities('customer_id = ?', customerId),
      cases: this.ids('SELECT id FROM cases WHERE customer_id = ?', customerId),
      notes: this.ids('SELECT id FROM customer_notes WHERE customer_id = ?', customerId),
    };
  }

  private identities(where: string, value: string): Moved['identities'] {
    return prepared<[string], { id: string; validated: number }>(this.db, `SELECT id, validated FROM identities WHERE ${where}`).all(value);
  }

  private ids(sql: string, value: string): string[] {
    return prepared<[string], { id: string }>(this.db, sql).all(value).map((r) => r.id);
  }

  private move(moved: Moved, to: string): void {
    for (const { id } of moved.identities) prepared(this.db, 'UPDATE identities SET customer_id = ?, version = ? WHERE id = ?').run(to, nextVersion(this.db), id);
    for (const id of moved.cases) prepared(this.db, 'UPDATE cases SET customer_id = ?, version = ? WHERE id = ?').run(to, nextVersion(this.db), id);
    for (const id of moved.notes) prepared(this.db, 'UPDATE customer_notes SET customer_id = ?, version = ? WHERE id = ?').run(to, nextVersion(this.db), id);
  }

  private record(id: string, kind: 'link' | 'merge', survivorId: string, mergedId: string, moved: Moved, username: string, retire: boolean): void {
    if (retire) prepared(this.db, 'UPDATE customers SET merged_into = ?, version = ? WHERE id = ?').run(survivorId, nextVersion(this.db), mergedId);
    prepared(this.db, 'INSERT INTO customer_merges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)').run(
      id, kind, survivorId, mergedId, JSON.stringify(moved.identities), JSON.stringify(moved.cases), JSON.stringify(moved.notes),
      username, this.clock.now().toISOString(),
    );
  }

  /** Cases first (they decide who sees each record), then what moved, then both records. */
  private publish(moved: Moved, customers: string[]): void {
    for (const id of moved.cases) this.feed.publishCase(id, 'customer_changed');
    for (const { id } of moved.identities) this.feed.publishWithCustomer('identity', id);
    for (const id of moved.notes) this.feed.publishWithCustomer('customer_note', id);
    for (const id of customers) {
      prepared(this.db, 'UPDATE customers SET version = ? WHERE id = ?').run(nextVersion(this.db), id);
      this.feed.publishCustomer(id);
    }
  }
}
