// QA packs in the cache: each as the server sent it, and its cases as rows (retention keeps
// them, screens list them). A pack is replaced whole by a newer version.
import { asQaPackData, WireQaPack } from '../../../protocol/qa.ts';
import type { QaPack, QaPackData } from '../../../shared/qa/packs.ts';
import type { Db } from '../connection.ts';
import { fromJson } from './columns.ts';

export interface QaPackRow {
  id: string;
  version: number;
  data: QaPackData;
}

export class QaPackRepository {
  private readonly db: Db;
  private readonly upsertStmt;
  private readonly versionStmt;
  private readonly clearCasesStmt;
  private readonly addCaseStmt;
  private readonly removeStmt;
  private readonly listStmt;
  private readonly getStmt;

  constructor(db: Db) {
    this.db = db;
    this.upsertStmt = db.prepare(
      `INSERT INTO qa_packs (id, created_by, created_at, data, version) VALUES (@id, @created_by, @created_at, @data, @version)
       ON CONFLICT(id) DO UPDATE SET created_by = excluded.created_by, created_at = excluded.created_at, data = excluded.data,
         version = excluded.version WHERE excluded.version > qa_packs.version`,
    );
    this.versionStmt = db.prepare<[string], number>('SELECT version FROM qa_packs WHERE id = ?').pluck();
    this.clearCasesStmt = db.prepare('DELETE FROM qa_pack_cases WHERE pack_id = ?');
    this.addCaseStmt = db.prepare('INSERT OR REPLACE INTO qa_pack_cases (pack_id, case_id, agent, stratum) VALUES (?, ?, ?, ?)');
    this.removeStmt = db.prepare('DELETE FROM qa_packs WHERE id = ?');
    this.listStmt = db.prepare<[], { id: string; data: string }>('SELECT id, data FROM qa_packs ORDER BY created_at DESC, id');
    this.getStmt = db.prepare<[string], { id: string; data: string }>('SELECT id, data FROM qa_packs WHERE id = ?');
  }

  upsert(row: QaPackRow): void {
    const held = this.versionStmt.get(row.id);
    if (held !== undefined && held >= row.version) return;
    this.upsertStmt.run({ id: row.id, created_by: row.data.createdBy, created_at: row.data.createdAt, data: JSON.stringify(row.data), version: row.version });
    this.clearCasesStmt.run(row.id);
    for (const c of row.data.cases) this.addCaseStmt.run(row.id, c.caseId, c.agent, c.stratum);
  }

  remove(id: string): void {
    this.removeStmt.run(id);
    this.clearCasesStmt.run(id);
  }

  list(): QaPack[] {
    return this.listStmt.all().map(toPack);
  }

  get(id: string): QaPack | null {
    const row = this.getStmt.get(id);
    return row ? toPack(row) : null;
  }
}

const toPack = (row: { id: string; data: string }): QaPack => ({ ...asQaPackData(fromJson(WireQaPack, row.data, 'qa_packs.data')), id: row.id });
