import type { CustomerProfile } from '../../../shared/customer.ts';
import { influenceLevel } from '../../../shared/triage/influence.ts';
import type { Db } from '../connection.ts';
import { versionedUpsert } from './versioned.ts';

export interface CustomerRow {
  id: string;
  name: string;
  segment: string;
  followers: number;
  public_figure: number;
  location: string | null;
  language: string;
  notes: string | null;
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

  constructor(db: Db) {
    this.upsertStmt = versionedUpsert(db, 'customers', [
      'name', 'segment', 'followers', 'public_figure', 'location', 'language', 'notes',
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

  /** The customer panel's profile: identities on every channel and the computed influence. */
  profile(id: string): CustomerProfile | null {
    const row = this.getStmt.get(id);
    if (!row) return null;
    const publicFigure = row.public_figure === 1;
    return {
      id: row.id,
      name: row.name,
      segment: row.segment as CustomerProfile['segment'],
      followers: row.followers,
      publicFigure,
      influence: influenceLevel({ followers: row.followers, publicFigure }),
      location: row.location,
      language: row.language as CustomerProfile['language'],
      notes: row.notes,
      identities: this.identitiesStmt.all(id).map((i) => ({
        id: i.id,
        channel: i.channel as CustomerProfile['identities'][number]['channel'],
        handle: i.handle,
        validated: i.validated === 1,
      })),
    };
  }
}
