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
  }

  upsert(row: CustomerRow): void {
    this.upsertStmt.run(row);
  }

  upsertIdentity(row: IdentityRow): void {
    this.upsertIdentityStmt.run(row);
  }

  remove(id: string): void {
    this.removeIdentitiesStmt.run(id);
    this.removeStmt.run(id);
  }

  removeIdentity(id: string): void {
    this.removeIdentityStmt.run(id);
  }
}
