// The server's copy of each personal template (migration 015): written whenever a pull brings
// one, read back when the server refuses the agent's edit or delete of it.
import type { Db } from '../connection.ts';
import type { TemplateRow } from './knowledge.ts';
import { versionedUpsert } from './versioned.ts';

const COLUMNS = ['title', 'shortcut', 'language', 'channels', 'team', 'body', 'updated_at', 'owner'] as const;
const ALL = ['id', ...COLUMNS, 'version'].join(', ');

export class ServerTemplates {
  private readonly recordStmt;
  private readonly forgetStmt;
  private readonly restoreStmt;

  constructor(db: Db) {
    this.recordStmt = versionedUpsert(db, 'server_templates', COLUMNS);
    this.forgetStmt = db.prepare('DELETE FROM server_templates WHERE id = ?');
    this.restoreStmt = db.prepare(
      `INSERT INTO templates (${ALL}) SELECT ${ALL} FROM server_templates WHERE id = ?
       ON CONFLICT(id) DO UPDATE SET ${[...COLUMNS, 'version'].map((c) => `${c} = excluded.${c}`).join(', ')}`,
    );
  }

  /** A pulled template: a personal one's copy follows it; a company one needs none. */
  record(row: TemplateRow): void {
    if (row.owner === null) this.forgetStmt.run(row.id);
    else this.recordStmt.run(row);
  }

  forget(id: string): void {
    this.forgetStmt.run(id);
  }

  /** Puts the server's copy back in the list; false when there is none. */
  restore(id: string): boolean {
    return this.restoreStmt.run(id).changes > 0;
  }
}
