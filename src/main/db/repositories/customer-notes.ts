import type { CustomerNote, CustomerNoteState } from '../../../shared/customer.ts';
import type { Db } from '../connection.ts';
import { versionedUpsert } from './versioned.ts';

export interface CustomerNoteRow {
  id: string;
  customer_id: string;
  author: string;
  author_name: string;
  text: string;
  created_at: string;
  version: number;
  state: CustomerNoteState;
}

/** Agents' notes on customers: the server's, and this agent's own not yet confirmed (version 0). */
export class CustomerNoteRepository {
  private readonly upsertStmt;
  private readonly insertLocalStmt;
  private readonly refuseStmt;
  private readonly removeStmt;
  private readonly forCustomerStmt;

  constructor(db: Db) {
    this.upsertStmt = versionedUpsert(db, 'customer_notes', ['customer_id', 'author', 'author_name', 'text', 'created_at', 'state']);
    this.insertLocalStmt = db.prepare(
      `INSERT OR IGNORE INTO customer_notes (id, customer_id, author, author_name, text, created_at, version, state)
       VALUES (@id, @customer_id, @author, @author_name, @text, @created_at, 0, 'pending')`,
    );
    this.refuseStmt = db.prepare("UPDATE customer_notes SET state = 'refused' WHERE id = ? AND version = 0");
    this.removeStmt = db.prepare('DELETE FROM customer_notes WHERE id = ?');
    this.forCustomerStmt = db.prepare<[string], CustomerNoteRow>(
      'SELECT * FROM customer_notes WHERE customer_id = ? ORDER BY created_at DESC, rowid DESC',
    );
  }

  upsert(row: Omit<CustomerNoteRow, 'state'>): void {
    this.upsertStmt.run({ ...row, state: 'saved' });
  }

  /** The optimistic copy; the server's (same id) replaces it on pull. */
  insertLocal(row: Omit<CustomerNoteRow, 'version' | 'state'>): void {
    this.insertLocalStmt.run(row);
  }

  /** The server did not take the note: it stays on screen, marked, until the agent sees why. */
  markRefused(id: string): void {
    this.refuseStmt.run(id);
  }

  remove(id: string): void {
    this.removeStmt.run(id);
  }

  /** Newest first. */
  forCustomer(customerId: string): CustomerNote[] {
    return this.forCustomerStmt.all(customerId).map((row) => ({
      id: row.id,
      customerId: row.customer_id,
      author: row.author,
      authorName: row.author_name,
      text: row.text,
      createdAt: row.created_at,
      state: row.state,
    }));
  }
}
