import { CHANNELS, LANGUAGES, SEGMENTS, type Channel } from '../../../shared/domain.ts';
import type { CustomerCandidate, CustomerMerge, CustomerProfile } from '../../../shared/customer.ts';
import { influenceLevel } from '../../../shared/triage/influence.ts';
import { z } from 'zod';
import { WireCustomer } from '../../../protocol/entities.ts';
import type { Db } from '../connection.ts';
import { fromJson, oneOf } from './columns.ts';
import { versionedUpsert } from './versioned.ts';

type CandidateIdentity = CustomerCandidate['identities'][number];
/** A candidate's identities, gathered as JSON by the candidates query. */
const CandidateIdentities: z.ZodType<CandidateIdentity[]> = z.array(z.object({ channel: z.enum(CHANNELS), handle: z.string(), validated: z.boolean() }));

export interface CustomerRow {
  id: string;
  name: string;
  segment: string;
  followers: number;
  public_figure: number;
  location: string | null;
  language: string;
  notes: string | null;
  /** The undoable links and merges into this record, as JSON (the wire's `merges`). */
  merges: string;
  version: number;
}

export interface IdentityRow {
  id: string;
  customer_id: string;
  channel: string;
  handle: string;
  validated: number;
  version: number;
}

export class CustomerRepository {
  private readonly upsertStmt;
  private readonly upsertIdentityStmt;
  private readonly removeStmt;
  private readonly removeIdentitiesStmt;
  private readonly removeIdentityStmt;
  private readonly removeNotesStmt;
  private readonly getStmt;
  private readonly identitiesStmt;
  private readonly candidatesStmt;
  private readonly identityStmt;

  constructor(db: Db) {
    this.upsertStmt = versionedUpsert(db, 'customers', [
      'name', 'segment', 'followers', 'public_figure', 'location', 'language', 'notes', 'merges',
    ]);
    this.upsertIdentityStmt = versionedUpsert(db, 'customer_identities', [
      'customer_id', 'channel', 'handle', 'validated',
    ]);
    this.removeStmt = db.prepare('DELETE FROM customers WHERE id = ?');
    this.removeIdentitiesStmt = db.prepare('DELETE FROM customer_identities WHERE customer_id = ?');
    this.removeIdentityStmt = db.prepare('DELETE FROM customer_identities WHERE id = ?');
    // The agent's unconfirmed notes stay: the outbox still has to say what became of them.
    this.removeNotesStmt = db.prepare('DELETE FROM customer_notes WHERE customer_id = ? AND version > 0');
    this.getStmt = db.prepare<[string], CustomerRow>('SELECT * FROM customers WHERE id = ?');
    this.identitiesStmt = db.prepare<[string], IdentityRow>('SELECT * FROM customer_identities WHERE customer_id = ? ORDER BY id');
    this.identityStmt = db.prepare<[string], { channel: string; handle: string }>('SELECT channel, handle FROM customer_identities WHERE id = ?');
    this.candidatesStmt = db.prepare<[], { id: string; name: string; segment: string; identities: string }>(
      `SELECT c.id, c.name, c.segment, (SELECT json_group_array(json_object('channel', i.channel, 'handle', i.handle, 'validated', json(CASE i.validated WHEN 1 THEN 'true' ELSE 'false' END)))
         FROM customer_identities i WHERE i.customer_id = c.id) AS identities FROM customers c ORDER BY c.name, c.id`,
    );
  }

  upsert(row: CustomerRow): void {
    this.upsertStmt.run(row);
  }

  upsertIdentity(row: IdentityRow): void {
    this.upsertIdentityStmt.run(row);
  }

  /** A customer leaving the agent's scope takes their identities and notes along. */
  remove(id: string): void {
    this.removeIdentitiesStmt.run(id);
    this.removeNotesStmt.run(id);
    this.removeStmt.run(id);
  }

  removeIdentity(id: string): void {
    this.removeIdentityStmt.run(id);
  }

  /** An account by id: where a case's replies go. */
  identity(id: string | null): { channel: Channel; handle: string } | null {
    const row = id === null ? undefined : this.identityStmt.get(id);
    return row ? { channel: oneOf(CHANNELS, row.channel, 'identities.channel'), handle: row.handle } : null;
  }

  /** Links and merges into the record that can still be undone, newest first. */
  merges(id: string): CustomerMerge[] {
    const row = this.getStmt.get(id);
    return row ? fromJson(WireCustomer.shape.merges, row.merges, 'customers.merges') : [];
  }

  /** Every customer in the cache, as the link and merge pickers list them. */
  *candidates(): Generator<CustomerCandidate> {
    for (const row of this.candidatesStmt.iterate()) {
      yield { id: row.id, name: row.name, segment: oneOf(SEGMENTS, row.segment, 'customers.segment'), identities: fromJson(CandidateIdentities, row.identities, 'customer_identities') };
    }
  }

  /** The customer panel's profile: identities on every channel and the computed influence. */
  profile(id: string): Omit<CustomerProfile, 'pendingChanges'> | null {
    const row = this.getStmt.get(id);
    if (!row) return null;
    const publicFigure = row.public_figure === 1;
    return {
      id: row.id,
      name: row.name,
      segment: oneOf(SEGMENTS, row.segment, 'customers.segment'),
      followers: row.followers,
      publicFigure,
      influence: influenceLevel({ followers: row.followers, publicFigure }),
      location: row.location,
      language: oneOf(LANGUAGES, row.language, 'customers.language'),
      notes: row.notes,
      merges: this.merges(id),
      identities: this.identitiesStmt.all(id).map((i) => ({
        id: i.id,
        channel: oneOf(CHANNELS, i.channel, 'identities.channel'),
        handle: i.handle,
        validated: i.validated === 1,
      })),
    };
  }
}
