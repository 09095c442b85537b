// The floors the initial sync is compared with, measured on the same data in the same run:
// (a) fetching and JSON-parsing the pull pages over loopback, nothing else;
// (b) inserting the same rows into a fresh cache with one prepared INSERT per table and one
//     transaction per page: no validation, no versioned upsert, no sync bookkeeping. Committed as
//     a first sync commits (every page but the last without waiting for the disk) and with its
//     search indexes and its cases' and messages' secondary indexes built as a first sync builds
//     them (once, in the last page's transaction).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { openDatabase, relaxedTransaction, type CacheKey, type Db } from '../src/main/db/connection.ts';
import { buildSearchIndexes, deferSearchIndexes } from '../src/main/db/search-index.ts';
import { buildBulkIndexes, deferBulkIndexes } from '../src/main/db/bulk-indexes.ts';

/** A pull page exactly as JSON.parse gives it: no schema applied. */
export interface RawPage {
  changes: RawChange[];
  cursor: string;
  hasMore: boolean;
  remaining: number;
  serverNow: string;
}

export interface RawChange {
  entity: string;
  id: string;
  op: 'put' | 'del';
  version: number;
  data?: Record<string, unknown>;
}

/**
 * A POST sent again once if its pooled keep-alive socket was one the server had just closed:
 * after seconds of local work, on a busy machine, the two idle timeouts cross, and fetch does not
 * retry a POST by itself.
 */
function postRetryingClosedSocket(url: string, headers: Record<string, string>, body: unknown): Promise<Response> {
  const post = () => fetch(url, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return post().catch((error: unknown) => {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    return post();
  });
}

/** Logs in with a plain fetch and returns the bearer token the engine would send. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await postRetryingClosedSocket(`${baseUrl}/v1/auth/login`, {}, { username, password });
  if (!response.ok) throw new Error(`login ${username} → ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Floor (a): POST /v1/sync/pull page after page until hasMore is false; text + JSON.parse only. */
export async function fetchPages(baseUrl: string, token: string, pageSize: number): Promise<RawPage[]> {
  const pages: RawPage[] = [];
  let cursor: string | null = null;
  for (;;) {
    const response = await postRetryingClosedSocket(`${baseUrl}/v1/sync/pull`, { authorization: `Bearer ${token}` }, { cursor, limit: pageSize });
    if (!response.ok) throw new Error(`pull → ${response.status}`);
    const page = JSON.parse(await response.text()) as RawPage;
    pages.push(page);
    cursor = page.cursor;
    if (!page.hasMore) return pages;
  }
}

type Data = Record<string, unknown>;
const bool = (value: unknown): number => (value ? 1 : 0);
const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** Per entity: the table, its columns in order, and wire data → positional values. */
const TABLES: Record<string, { table: string; columns: string[]; values: (d: Data) => unknown[] }> = {
  agent: { table: 'agents', columns: ['username', 'name', 'role', 'team'], values: (d) => [d.username, d.name, d.role, d.team] },
  customer: {
    table: 'customers',
    columns: ['name', 'segment', 'followers', 'public_figure', 'location', 'language', 'notes'],
    values: (d) => [d.name, d.segment, d.followers, bool(d.publicFigure), d.location, d.language, d.notes],
  },
  identity: {
    table: 'customer_identities',
    columns: ['customer_id', 'channel', 'handle', 'validated'],
    values: (d) => [d.customerId, d.channel, d.handle, bool(d.validated)],
  },
  case: {
    table: 'cases',
    columns: ['number', 'customer_id', 'channel', 'subject', 'status', 'assigned_to', 'priority', 'language',
      'reason', 'resolution', 'message_type', 'created_at', 'updated_at', 'waiting_since',
      'server_status', 'server_waiting_since'],
    values: (d) => [d.number, d.customerId, d.channel, d.subject, d.status, d.assignedTo, d.priority, d.language,
      d.reason, d.resolution, d.messageType, d.createdAt, d.updatedAt, d.waitingSince,
      d.status, d.waitingSince],
  },
  message: {
    table: 'messages',
    columns: ['case_id', 'kind', 'author', 'text', 'sent_at', 'state'],
    values: (d) => [d.caseId, d.kind, d.author, d.text, d.sentAt, d.state],
  },
  template: {
    table: 'templates',
    columns: ['title', 'shortcut', 'language', 'channels', 'team', 'body', 'updated_at'],
    values: (d) => [d.title, d.shortcut, d.language, json(d.channels), d.team, d.body, d.updatedAt],
  },
  article: {
    table: 'articles',
    columns: ['title', 'summary', 'body', 'tags', 'language', 'updated_at', 'url'],
    values: (d) => [d.title, d.summary, d.body, json(d.tags), d.language, d.updatedAt, d.url],
  },
  setting: { table: 'settings', columns: ['value'], values: (d) => [json(d.value)] },
  customer_note: {
    table: 'customer_notes',
    columns: ['customer_id', 'author', 'author_name', 'text', 'created_at', 'state'],
    values: (d) => [d.customerId, d.author, d.authorName, d.text, d.createdAt, 'saved'],
  },
  // A QA pack's row only: its cases arrive as cases of their own.
  qa_pack: { table: 'qa_packs', columns: ['created_by', 'created_at', 'data'], values: (d) => [d.createdBy, d.createdAt, json(d)] },
  listening_post: { table: 'listening_posts', columns: ['data', 'server_data', 'posted_at'], values: (d) => [json(d), json(d), d.postedAt] },
};

/**
 * A fresh database at `file` for floor (b), opened with the cache's own openDatabase (same
 * pragmas, schema and search indexes), encrypted with `key` or plain with `null`. Opened (and
 * closed) outside the timed insert, as the sync's cache is opened before its timed sync.
 */
export function openFloorCache(file: string, key: CacheKey): Db {
  return openDatabase(file, key);
}

/**
 * Floor (b): the pages' rows inserted into `db` (from openFloorCache). Returns rows inserted;
 * `del`s (none in an initial sync of a freshly seeded sandbox) are counted and skipped.
 */
export function minimalInsert(pages: readonly RawPage[], db: Db): { inserted: number; skipped: number } {
  const inserts = new Map<string, { stmt: Statement; values: (d: Data) => unknown[] }>();
  for (const [entity, t] of Object.entries(TABLES)) {
    const all = ['id', ...t.columns, 'version'];
    const sql = `INSERT INTO ${t.table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`;
    inserts.set(entity, { stmt: db.prepare(sql), values: t.values });
  }
  let inserted = 0;
  let skipped = 0;
  const applyPage = (page: RawPage, last: boolean) => {
    deferSearchIndexes(db);
    deferBulkIndexes(db);
    for (const change of page.changes) {
      const insert = inserts.get(change.entity);
      if (change.op !== 'put' || !insert || !change.data) {
        skipped++;
        continue;
      }
      insert.stmt.run(change.id, ...insert.values(change.data), change.version);
      inserted++;
    }
    if (last) {
      buildBulkIndexes(db);
      buildSearchIndexes(db);
    }
  };
  pages.forEach((page, i) => {
    const last = i === pages.length - 1;
    if (last) db.transaction(() => applyPage(page, true))();
    else relaxedTransaction(db, () => applyPage(page, false));
  });
  return { inserted, skipped };
}

/** Floor (b) into a fresh file, timed from the first page to the last commit (open and close not counted). */
export function timedMinimalInsert(pages: readonly RawPage[], file: string, key: CacheKey): { value: { inserted: number; skipped: number }; ms: number } {
  const db = openFloorCache(file, key);
  try {
    const started = performance.now();
    const value = minimalInsert(pages, db);
    return { value, ms: performance.now() - started };
  } finally {
    db.close();
  }
}
