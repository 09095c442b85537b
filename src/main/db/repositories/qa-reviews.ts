// QA reviews in the cache, and this console's drafts of reviews being typed. `data` is what the
// screen shows (the server's copy with pending changes over it); `server_data` what the server
// last said, so a refused change goes back to it at once.
import { z } from 'zod';
import { WireQaReview, type WireData } from '../../../protocol/entities.ts';
import type { QaReviewCounts, QaReview, QaReviewDraft } from '../../../shared/qa/review.ts';
import { Answers } from '../../../shared/qa/scorecard.ts';
import type { Db } from '../connection.ts';
import { fromJson } from './columns.ts';

type ReviewData = WireData<'qa_review'>;

interface ReviewRow {
  id: string;
  data: string;
  version: number;
}

const DraftComments = z.array(z.object({ id: z.string(), messageId: z.string().nullable(), criterionId: z.string().nullable(), text: z.string() }));
const PendingComment = z.object({ messageId: z.string().nullable(), text: z.string() }).nullable();

const pendingJson = (draft: QaReviewDraft): string | null => (draft.pendingComment ? JSON.stringify(draft.pendingComment) : null);

export class QaReviewRepository {
  private readonly db: Db;
  private readonly upsertStmt;

  constructor(db: Db) {
    this.db = db;
    // The server's copy replaces both: pending changes are replayed over it after the page.
    this.upsertStmt = db.prepare(`
      INSERT INTO qa_reviews (id, pack_id, case_id, agent, reviewer, data, server_data, created_at, version)
      VALUES (@id, @pack_id, @case_id, @agent, @reviewer, @data, @data, @created_at, @version)
      ON CONFLICT(id) DO UPDATE SET data = excluded.data, server_data = excluded.data, version = excluded.version
      WHERE excluded.version > qa_reviews.version`);
  }

  upsert(id: string, version: number, review: ReviewData): void {
    this.upsertStmt.run({
      id, version, pack_id: review.packId, case_id: review.caseId, agent: review.agent, reviewer: review.reviewer,
      data: JSON.stringify(review), created_at: review.createdAt,
    });
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM qa_reviews WHERE id = ?').run(id);
  }

  /** The optimistic review: version 0 until the server's copy arrives. */
  insertLocal(id: string, review: ReviewData): void {
    this.db.prepare(`INSERT INTO qa_reviews (id, pack_id, case_id, agent, reviewer, data, server_data, created_at, version)
      VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 0) ON CONFLICT(id) DO NOTHING`)
      .run(id, review.packId, review.caseId, review.agent, review.reviewer, JSON.stringify(review), review.createdAt);
  }

  /** Changes what the screen shows of a review (a pending acknowledgement, dispute or resolution). */
  change(id: string, edit: (review: ReviewData) => ReviewData): void {
    const found = this.data(id);
    if (found) this.db.prepare('UPDATE qa_reviews SET data = ? WHERE id = ?').run(JSON.stringify(edit(found)), id);
  }

  /** A refused change: back to the server's copy; a refused submission leaves the cache. */
  revertToServer(id: string): void {
    this.db.prepare('DELETE FROM qa_reviews WHERE id = ? AND server_data IS NULL').run(id);
    this.db.prepare('UPDATE qa_reviews SET data = server_data WHERE id = ?').run(id);
  }

  get(id: string): QaReview | null {
    const row = this.db.prepare<[string], ReviewRow>('SELECT id, data, version FROM qa_reviews WHERE id = ?').get(id);
    return row ? toReview(row) : null;
  }

  /** This reviewer's review of the case in the pack, if any. */
  ofCase(packId: string, caseId: string, reviewer: string): QaReview | null {
    const row = this.db.prepare<[string, string, string], ReviewRow>(
      'SELECT id, data, version FROM qa_reviews WHERE pack_id = ? AND case_id = ? AND reviewer = ?',
    ).get(packId, caseId, reviewer);
    return row ? toReview(row) : null;
  }

  /** Every review of the pack on this computer (its reviewers' own, and what the server showed them), oldest first. */
  ofPack(packId: string): QaReview[] {
    return this.db.prepare<[string], ReviewRow>('SELECT id, data, version FROM qa_reviews WHERE pack_id = ? ORDER BY created_at, id')
      .all(packId).map(toReview);
  }

  /** Every review on this computer, oldest first: the QA report's material. */
  all(): QaReview[] {
    return this.db.prepare<[], ReviewRow>('SELECT id, data, version FROM qa_reviews ORDER BY created_at, id').all().map(toReview);
  }

  /** An agent's own reviews, newest first. */
  ofAgent(agent: string): QaReview[] {
    return this.db.prepare<[string], ReviewRow>('SELECT id, data, version FROM qa_reviews WHERE agent = ? ORDER BY created_at DESC, id')
      .all(agent).map(toReview);
  }

  /** Reviews with a dispute waiting for this reviewer, oldest first. */
  /**
   * The disputed reviews `username` may resolve, as far as the cache tells: theirs, and those of
   * the agents of the teams they supervise (the pack's creator is known to the server only).
   */
  toResolve(username: string): QaReview[] {
    return this.db.prepare<[string, string], ReviewRow>(
      `SELECT r.id, r.data, r.version FROM qa_reviews r WHERE json_extract(r.data, '$.state') = 'disputed'
       AND (r.reviewer = ? OR EXISTS (SELECT 1 FROM agents s JOIN agents a ON a.username = r.agent AND a.team IS NOT NULL
         WHERE s.username = ? AND s.role = 'supervisor' AND EXISTS (SELECT 1 FROM json_each(s.supervises) WHERE value = a.team)))
       ORDER BY r.created_at, r.id`,
    ).all(username, username).map(toReview);
  }

  /** Per pack, this reviewer's reviews the server confirmed and those still to send ("12/20 revisados · 3 por enviar"). */
  progress(reviewer: string): QaReviewCounts[] {
    return this.db.prepare<[string], QaReviewCounts>(
      `SELECT pack_id AS packId, sum(version > 0) AS reviewed, sum(version = 0) AS queued
       FROM qa_reviews WHERE reviewer = ? GROUP BY pack_id ORDER BY pack_id`,
    ).all(reviewer);
  }

  draft(packId: string, caseId: string): QaReviewDraft | null {
    const row = this.db.prepare<[string, string], { answers: string; comments: string; pending_comment: string | null; updated_at: string }>(
      'SELECT answers, comments, pending_comment, updated_at FROM qa_review_drafts WHERE pack_id = ? AND case_id = ?',
    ).get(packId, caseId);
    if (!row) return null;
    return {
      answers: fromJson(Answers, row.answers, 'qa_review_drafts.answers'),
      comments: fromJson(DraftComments, row.comments, 'qa_review_drafts.comments'),
      pendingComment: row.pending_comment === null ? null : fromJson(PendingComment, row.pending_comment, 'qa_review_drafts.pending_comment'),
      updatedAt: row.updated_at,
    };
  }

  saveDraft(packId: string, caseId: string, draft: QaReviewDraft): void {
    this.db.prepare(`INSERT INTO qa_review_drafts (pack_id, case_id, answers, comments, pending_comment, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(pack_id, case_id) DO UPDATE SET answers = excluded.answers, comments = excluded.comments,
        pending_comment = excluded.pending_comment, updated_at = excluded.updated_at`)
      .run(packId, caseId, JSON.stringify(draft.answers), JSON.stringify(draft.comments), pendingJson(draft), draft.updatedAt);
  }

  /** A refused submission comes back as the draft, unless a newer one was typed since: nothing typed is lost. */
  keepDraft(packId: string, caseId: string, draft: QaReviewDraft): void {
    this.db.prepare(`INSERT INTO qa_review_drafts (pack_id, case_id, answers, comments, pending_comment, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(pack_id, case_id) DO NOTHING`)
      .run(packId, caseId, JSON.stringify(draft.answers), JSON.stringify(draft.comments), pendingJson(draft), draft.updatedAt);
  }

  clearDraft(packId: string, caseId: string): void {
    this.db.prepare('DELETE FROM qa_review_drafts WHERE pack_id = ? AND case_id = ?').run(packId, caseId);
  }

  private data(id: string): ReviewData | null {
    const row = this.db.prepare<[string], { data: string }>('SELECT data FROM qa_reviews WHERE id = ?').get(id);
    return row ? fromJson(WireQaReview, row.data, 'qa_reviews.data') : null;
  }
}

const toReview = (row: ReviewRow): QaReview => ({
  ...fromJson(WireQaReview, row.data, 'qa_reviews.data'),
  id: row.id,
  pending: row.version === 0,
});
