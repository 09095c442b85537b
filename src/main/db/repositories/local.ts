import { z } from 'zod';
import type { Draft } from '../../../shared/contract.ts';
import type { Db } from '../connection.ts';
import { fromJson } from './columns.ts';

const EMPTY_SOURCES = { templates: [], articles: [], holes: [] };
const Sources = z.array(z.object({ id: z.string(), version: z.int() }));
/** What a draft was made from; a draft saved before one of these was kept has none of it. */
const DraftSources: z.ZodType<Omit<Draft, 'text'>> = z.object({
  templates: Sources.default([]), articles: Sources.default([]), holes: z.array(z.string()).default([]),
});

/** What only this console knows: drafts and which cases the agent has read. */
export class LocalRepository {
  private readonly draftStmt;
  private readonly saveDraftStmt;
  private readonly dropDraftStmt;
  private readonly hasDraftStmt;
  private readonly readStmt;

  constructor(db: Db) {
    this.draftStmt = db.prepare<[string], { text: string; sources: string | null }>('SELECT text, sources FROM drafts WHERE case_id = ?');
    this.saveDraftStmt = db.prepare(
      `INSERT INTO drafts (case_id, text, sources, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(case_id) DO UPDATE SET text = excluded.text, sources = excluded.sources, updated_at = excluded.updated_at`,
    );
    this.dropDraftStmt = db.prepare('DELETE FROM drafts WHERE case_id = ?');
    this.hasDraftStmt = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM drafts WHERE case_id = ?');
    // Read up to the newest customer message the cache holds: server times compared with server
    // times, so a skewed laptop clock or a late pull never hides a new message.
    this.readStmt = db.prepare(
      `INSERT INTO case_reads (case_id, read_at)
       SELECT @caseId, coalesce(max(sent_at), '') FROM messages WHERE case_id = @caseId AND kind = 'customer'
       ON CONFLICT(case_id) DO UPDATE SET read_at = max(read_at, excluded.read_at)`,
    );
  }

  draft(caseId: string): Draft {
    const row = this.draftStmt.get(caseId);
    if (!row) return { text: '', ...EMPTY_SOURCES };
    return { text: row.text, ...(row.sources === null ? EMPTY_SOURCES : fromJson(DraftSources, row.sources, 'drafts.sources')) };
  }

  /**
   * An empty draft is no draft. True when the case gained or lost its draft, the only change the
   * inbox shows: saves while the agent types are not announced.
   */
  saveDraft(caseId: string, draft: Draft, at: string): boolean {
    const { text, ...sources } = draft;
    if (text.trim() === '') return this.dropDraft(caseId);
    const had = this.hasDraftStmt.get(caseId) !== undefined;
    this.saveDraftStmt.run(caseId, text, JSON.stringify(sources), at);
    return !had;
  }

  /** The reply went out: its draft, and what it was made from, go. True when there was one. */
  dropDraft(caseId: string): boolean {
    return this.dropDraftStmt.run(caseId).changes > 0;
  }

  /** Everything the customer has written so far counts as read. */
  markRead(caseId: string): void {
    this.readStmt.run({ caseId });
  }
}
