import { DELIVERY_STATES, MESSAGE_KINDS, type DeliveryState, type MessageType } from '../../../shared/domain.ts';
import type { Message, MessageHit, MessageLike } from '../../../shared/models.ts';
import { MessageLike as WireLike } from '../../../protocol/entities.ts';
import type { Db } from '../connection.ts';
import { toFtsQuery } from '../fts-query.ts';
import { toMessageTriage, type MessageTriageRow } from './triage.ts';
import { fromJson, oneOf } from './columns.ts';
import { versionedUpsert } from './versioned.ts';

export interface MessageRow {
  id: string;
  case_id: string;
  kind: string;
  author: string;
  text: string;
  sent_at: string;
  state: string;
  version: number;
  /** An auto-reply's dedupe key (the case and its closed window); null for other messages. */
  auto_reply_key: string | null;
  /** 1 for a customer message that answered the case's satisfaction survey. */
  csat_answer?: number;
}

/** The company's like on a message, as the wire carries it: who gave it and when. */
export interface LikeRecord {
  by: string;
  at: string;
}

/** What a like is checked against: the message's case and kind, and the like it shows. */
export interface LikeTarget {
  caseId: string;
  kind: string;
  liked: boolean;
}

/** A message to store; only an auto-reply has a key. */
type NewMessage = Omit<MessageRow, 'version' | 'auto_reply_key'> & Partial<Pick<MessageRow, 'auto_reply_key'>>;

/**
 * Newest matches first; the snippet marks hits with U+0002/U+0003 so the UI never parses HTML.
 * The page of hits is picked from the index and the dates alone: a snippet re-reads its row's
 * words (the index keeps no positions), so it is cut for the page only, the matches scanned once
 * more for it (`+rowid` keeps that one scan: a rowid lookup per hit rebuilds each prefix term's
 * doclist). Cases are joined after the limit, so a common word costs one sort, not one lookup per match.
 */
export const MESSAGE_SEARCH_SQL = `
  WITH hit AS MATERIALIZED (
    SELECT m.rowid AS message_rowid, m.id AS message_id, m.case_id, m.sent_at
    FROM messages_fts
    JOIN messages m ON m.rowid = messages_fts.rowid
    WHERE messages_fts MATCH @query
    ORDER BY m.sent_at DESC
    LIMIT @limit
  )
  SELECT hit.message_id, hit.case_id, c.number AS case_number, c.subject,
         snippet(messages_fts, 0, char(2), char(3), '…', 12) AS snippet
  FROM messages_fts
  CROSS JOIN hit ON hit.message_rowid = +messages_fts.rowid
  JOIN cases c ON c.id = hit.case_id
  WHERE messages_fts MATCH @query
  ORDER BY hit.sent_at DESC`;

/** The agent's decision on a message as the server sent it. */
export interface ServerDecision {
  type: MessageType | null;
  restored: boolean;
  by: string;
  at: string;
}

export interface MessageWords {
  case_id: string;
  text: string;
  promo: string | null;
  version: number;
}

type ThreadRow = MessageRow & Partial<MessageTriageRow> & LikeColumns;

/** A thread's rows with their triage, the names of who decided and who liked, and whether it was you. */
const THREAD_SELECT = `SELECT m.*, t.message_id, t.type, t.reasons, t.noise, t.type_override, t.restored,
         (SELECT a.name FROM agents a WHERE a.username = m.decision_by) AS decision_by_name,
         coalesce(m.decision_by = (SELECT value FROM sync_state WHERE key = 'username'), 0) AS decision_by_you,
         (SELECT a.name FROM agents a WHERE a.username = json_extract(m.liked, '$.by')) AS liked_by_name,
         coalesce(json_extract(m.liked, '$.by') = (SELECT value FROM sync_state WHERE key = 'username'), 0) AS liked_by_you
       FROM messages m LEFT JOIN message_triage t ON t.message_id = m.id`;

/**
 * A case's `limit` newest messages, newest first: what an opening case shows first. The rows are
 * picked from the messages and their index alone, so the thread columns are computed for the
 * page only, not for a long thread's every row before the sort.
 */
export const NEWEST_MESSAGES_SQL = `${THREAD_SELECT}
  WHERE m.rowid IN (SELECT rowid FROM messages WHERE case_id = ? ORDER BY sent_at DESC, rowid DESC LIMIT ?)
  ORDER BY m.sent_at DESC, m.rowid DESC`;

export class MessageRepository {
  private readonly upsertStmt;
  private readonly wordsStmt;
  private readonly pendingDecisionsStmt;
  private readonly pendingLikesStmt;
  private readonly insertLocalStmt;
  private readonly threadStmt;
  private readonly newestStmt;
  private readonly latestTriagedStmt;
  private readonly countStmt;
  private readonly searchStmt;
  private readonly removeStmt;
  private readonly removeLocalStmt;
  private readonly setStateStmt;
  private readonly likeStmt;
  private readonly followServerLikeStmt;
  private readonly likeTargetStmt;

  constructor(db: Db) {
    this.upsertStmt = versionedUpsert(db, 'messages', [
      'case_id', 'kind', 'author', 'text', 'sent_at', 'state', 'auto_reply_key', 'promo',
      'decision_type', 'decision_restored', 'decision_by', 'decision_at', 'csat_answer', 'liked', 'server_liked',
    ]);
    // A like counts when the server has it or this console's waits to be sent: one lost to a
    // sequence gap (neither undone nor sent) may be given again.
    const queuedLike = `EXISTS (SELECT 1 FROM outbox o WHERE o.status = 'pending' AND o.name = 'react'
      AND json_extract(o.args, '$.messageId') = messages.id)`;
    this.likeStmt = db.prepare('UPDATE messages SET liked = ? WHERE id = ? AND server_liked IS NULL');
    this.followServerLikeStmt = db.prepare('UPDATE messages SET liked = server_liked WHERE id = ?');
    this.likeTargetStmt = db.prepare<[string], { case_id: string; kind: string; liked: number }>(
      `SELECT case_id, kind, server_liked IS NOT NULL OR ${queuedLike} AS liked FROM messages WHERE id = ?`,
    );
    // The case's decisions on its messages still waiting to be sent: read once per thread.
    this.pendingDecisionsStmt = db.prepare<[string], string>(
      `SELECT json_extract(args, '$.messageId') FROM outbox
       WHERE status = 'pending' AND name IN ('set_message_type', 'restore_message') AND json_extract(args, '$.caseId') = ?`,
    ).pluck();
    // The case's likes still waiting to be sent.
    this.pendingLikesStmt = db.prepare<[string], string>(
      `SELECT json_extract(args, '$.messageId') FROM outbox
       WHERE status = 'pending' AND name = 'react' AND json_extract(args, '$.caseId') = ?`,
    ).pluck();
    this.wordsStmt = db.prepare<[string], MessageWords>('SELECT case_id, text, promo, version FROM messages WHERE id = ?');
    this.insertLocalStmt = db.prepare(
      `INSERT OR IGNORE INTO messages (id, case_id, kind, author, text, sent_at, state, version, auto_reply_key)
       VALUES (@id, @case_id, @kind, @author, @text, @sent_at, @state, 0, @auto_reply_key)`,
    );
    this.threadStmt = db.prepare<[string], ThreadRow>(`${THREAD_SELECT} WHERE m.case_id = ? ORDER BY m.sent_at, m.rowid`);
    this.newestStmt = db.prepare<[string, number], ThreadRow>(NEWEST_MESSAGES_SQL);
    // What the case's guidance follows, wherever it is in the thread.
    this.latestTriagedStmt = db.prepare<[string], ThreadRow>(
      `${THREAD_SELECT} WHERE m.case_id = ? AND m.kind = 'customer' AND t.message_id IS NOT NULL ORDER BY m.sent_at DESC, m.rowid DESC LIMIT 1`,
    );
    this.countStmt = db.prepare<[string], number>('SELECT count(*) FROM messages WHERE case_id = ?').pluck();
    this.searchStmt = db.prepare<[{ query: string; limit: number }], {
      message_id: string; case_id: string; case_number: number; subject: string; snippet: string;
    }>(MESSAGE_SEARCH_SQL);
    this.removeStmt = db.prepare('DELETE FROM messages WHERE id = ?');
    this.removeLocalStmt = db.prepare('DELETE FROM messages WHERE id = ? AND version = 0');
    this.setStateStmt = db.prepare('UPDATE messages SET state = ? WHERE id = ? AND version = 0');
  }

  /**
   * `promo`: the company's promotional post a customer message answers, if any; `decision`: what
   * the case's agent decided about it, as the server has it.
   */
  upsert({ decision, liked, ...row }: NewMessage & {
    version: number; promo?: string | null; decision?: ServerDecision | null; csat_answer?: number; liked?: LikeRecord | null;
  }): void {
    const like = liked ? JSON.stringify({ by: liked.by, at: liked.at }) : null;
    this.upsertStmt.run({
      auto_reply_key: null, promo: null, csat_answer: 0, ...row, liked: like, server_liked: like,
      decision_type: decision?.type ?? null, decision_restored: decision?.restored === true ? 1 : 0,
      decision_by: decision?.by ?? null, decision_at: decision?.at ?? null,
    });
  }

  /** What a message says and where, at the version cached: whether a new version changed its words. */
  words(id: string): MessageWords | undefined {
    return this.wordsStmt.get(id);
  }

  /** The optimistic copy of a reply or an auto-reply; the server's copy (same id) replaces it on pull. */
  insertLocal(row: NewMessage): void {
    this.insertLocalStmt.run({ auto_reply_key: null, ...row });
  }

  /** The company's like shown at once on a customer message; the server's like, if any, is kept (a message is liked once). */
  likeLocally(id: string, like: LikeRecord): void {
    this.likeStmt.run(JSON.stringify(like), id);
  }

  /** A refused like: the message shows the server's like again, or none. */
  followServerLike(id: string): void {
    this.followServerLikeStmt.run(id);
  }

  /** The message's case and kind and whether it shows a like; undefined when it is not cached. */
  likeTarget(id: string): LikeTarget | undefined {
    const found = this.likeTargetStmt.get(id);
    return found && { caseId: found.case_id, kind: found.kind, liked: found.liked === 1 };
  }

  /** Changes the state of a reply the server has not confirmed yet. */
  setLocalState(id: string, state: DeliveryState): void {
    this.setStateStmt.run(state, id);
  }

  /** Drops a reply the server never confirmed (the agent dismissed it, or another console's auto-reply went out). */
  removeLocal(id: string): void {
    this.removeLocalStmt.run(id);
  }

  remove(id: string): void {
    this.removeStmt.run(id);
  }

  thread(caseId: string): Message[] {
    return this.toMessages(caseId, this.threadStmt.all(caseId));
  }

  /** The case's `limit` newest messages, oldest first, and how many earlier ones it has. */
  newest(caseId: string, limit: number): { messages: Message[]; earlier: number } {
    const rows = this.newestStmt.all(caseId, limit).reverse();
    const earlier = rows.length < limit ? 0 : (this.countStmt.get(caseId) ?? rows.length) - rows.length;
    return { messages: this.toMessages(caseId, rows), earlier };
  }

  /** The case's latest customer message that was triaged (what its guidance follows); null when none was. */
  latestTriaged(caseId: string): Message | null {
    const row = this.latestTriagedStmt.get(caseId);
    return row ? (this.toMessages(caseId, [row])[0] ?? null) : null;
  }

  private toMessages(caseId: string, rows: readonly ThreadRow[]): Message[] {
    if (rows.length === 0) return [];
    const pending = new Set(this.pendingDecisionsStmt.all(caseId));
    const pendingLikes = new Set(this.pendingLikesStmt.all(caseId));
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      kind: oneOf(MESSAGE_KINDS, row.kind, 'messages.kind'),
      author: row.author,
      text: row.text,
      sentAt: row.sent_at,
      state: oneOf(DELIVERY_STATES, row.state, 'messages.state'),
      csatAnswer: row.csat_answer === 1,
      triage: row.kind === 'customer' && row.message_id ? toMessageTriage(row as MessageTriageRow, pending.has(row.id)) : null,
      liked: likeOf(row, pendingLikes.has(row.id)),
    }));
  }

  search(text: string, limit = 50): MessageHit[] {
    const query = toFtsQuery(text);
    if (query === null) return [];
    return this.searchStmt.all({ query, limit }).map((row) => ({
      messageId: row.message_id,
      caseId: row.case_id,
      caseNumber: row.case_number,
      subject: row.subject,
      snippet: row.snippet,
    }));
  }
}

interface LikeColumns {
  liked: string | null;
  server_liked: string | null;
  liked_by_name: string | null;
  liked_by_you: number;
}

/** The like a thread row shows; `pending` while this console's like waits in the outbox. A like
 *  neither on the server nor queued (lost to a sequence gap) is not shown: it may be given again. */
function likeOf(row: LikeColumns, pending: boolean): MessageLike | null {
  if (row.liked === null || (row.server_liked === null && !pending)) return null;
  const { by, at } = fromJson(WireLike, row.liked, 'messages.liked');
  // The server's like (another's, come while this console's waits) is not this console's to send.
  return { by: { username: by, name: row.liked_by_name, you: row.liked_by_you === 1 }, at, pending: pending && row.liked !== row.server_liked };
}
