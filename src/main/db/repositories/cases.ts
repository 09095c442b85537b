import {
  CASE_STATUSES, CHANNELS, CONTACT_REASONS, LANGUAGES, MESSAGE_TYPES, PRIORITIES, PRIORITY_RANK, RESOLUTIONS,
  type CaseStatus, type Channel, type ContactReason, type Language, type MessageType, type Priority, type Resolution,
} from '../../../shared/domain.ts';
import { RECONTACTS, type CaseDetail, type CaseLink, type CaseSummary, INBOX_WINDOW_ROWS, type InboxWindow, type Recontact } from '../../../shared/models.ts';
import { INBOX_VIEWS } from '../../../shared/contract.ts';
import { CaseDerivation } from '../../../shared/derivation/derivation.ts';
import type { CustomerCase } from '../../../shared/customer.ts';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../connection.ts';
import { toFtsQuery } from '../fts-query.ts';
import { fromJson, oneOf, oneOfOrNull } from './columns.ts';
import { CASE_ROUTING_RULES, type CaseRouting } from '../../../shared/routing/route.ts';
import { PriorityReasons } from './reasons.ts';
import { versionedUpsert } from './versioned.ts';

/** A row of `cases`, as the schema stores it; it never leaves this file (see CachedCase). */
export interface CaseRow {
  id: string;
  number: number;
  customer_id: string;
  channel: string;
  subject: string;
  status: string;
  assigned_to: string | null;
  priority: string;
  language: string;
  reason: string | null;
  resolution: string | null;
  message_type: string | null;
  created_at: string;
  updated_at: string;
  waiting_since: string | null;
  version: number;
  server_status: string;
  server_waiting_since: string | null;
  moved_to: string | null;
  continues_id: string | null;
  continues_number: number | null;
  continued_in_id: string | null;
  continued_in_number: number | null;
  server_reason: string | null;
  server_resolution: string | null;
  server_moved_to: string | null;
  identity_id: string | null;
  product: string | null;
  server_product: string | null;
  peer_answered: number;
  server_peer_answered: number;
  call_avoided: number;
  server_call_avoided: number;
  recontact: string | null;
  /** The latest derivation as JSON (migration 028), and the server's copy. */
  derivation: string | null;
  server_derivation: string | null;
  routing_rule: string | null;
  routing_reason: string | null;
}

/** The marks a case gained later (migrations 025, 027, 028): a row written without them has none. */
const NO_MARKS = {
  product: null, server_product: null, peer_answered: 0, server_peer_answered: 0, call_avoided: 0, server_call_avoided: 0, recontact: null,
  derivation: null, server_derivation: null, routing_rule: null, routing_reason: null,
} satisfies Partial<CaseRow>;
type NewCaseRow = Omit<CaseRow, keyof typeof NO_MARKS> & Partial<Pick<CaseRow, keyof typeof NO_MARKS>>;

/** A case as main's commands and handlers work with it: the cache's copy, in the domain's types. */
export interface CachedCase {
  id: string;
  number: number;
  customerId: string;
  /** The identity the customer wrote through; null when unknown. */
  identityId: string | null;
  channel: Channel;
  subject: string;
  status: CaseStatus;
  assignedTo: string | null;
  priority: Priority;
  language: Language;
  reason: ContactReason | null;
  resolution: Resolution | null;
  messageType: MessageType | null;
  createdAt: string;
  updatedAt: string;
  waitingSince: string | null;
  /** The server's version, which a queued mutation is based on. */
  version: number;
  movedTo: Channel | null;
  product: string | null;
  peerAnswered: boolean;
  callAvoided: boolean;
  recontact: Recontact | null;
  /** Its latest derivation to an area or a person, pending changes included; null when never derived. */
  derivation: CaseDerivation | null;
  routing: CaseRouting | null;
}


const CASE_COLUMNS = [
  'number', 'customer_id', 'channel', 'subject', 'status', 'assigned_to', 'priority', 'language',
  'reason', 'resolution', 'message_type', 'created_at', 'updated_at', 'waiting_since',
  'server_status', 'server_waiting_since', 'moved_to', 'continues_id', 'continues_number',
  'continued_in_id', 'continued_in_number', 'server_reason', 'server_resolution', 'server_moved_to',
  'identity_id', 'product', 'server_product', 'peer_answered', 'server_peer_answered', 'call_avoided', 'server_call_avoided',
  'recontact', 'derivation', 'server_derivation', 'routing_rule', 'routing_reason',
] as const;

/** The inbox's views (the work queue by default, or the filtered cases), or every case (the CLI). */
export const CASE_VIEWS = ['all', ...INBOX_VIEWS] as const;
export type CaseView = (typeof CASE_VIEWS)[number];

export interface InboxFilter {
  view?: CaseView | undefined;
  status?: string | undefined;
  channel?: string | undefined;
  priority?: Priority | undefined;
  /** Words to find in the subject, the customer's name or the thread. */
  search?: string | undefined;
  sort?: 'priority' | 'waiting' | 'recent' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const ORDER = {
  // The console's order: open work first, then the computed priority, then whoever has waited longest.
  priority: 'c.is_open DESC, c.inbox_rank DESC, c.wait_key',
  waiting: 'c.is_open DESC, c.wait_key',
  recent: 'c.updated_at DESC',
} as const;

const SUMMARY_SELECT = `
  SELECT c.*, cu.name AS customer_name,
         coalesce((SELECT max(m.sent_at) FROM messages m WHERE m.case_id = c.id AND m.kind = 'customer')
                  > coalesce(r.read_at, ''), 0) AS unread,
         EXISTS (SELECT 1 FROM drafts d WHERE d.case_id = c.id) AS has_draft,
         ct.priority AS triage_priority, ct.score AS triage_score, ct.reasons AS triage_reasons,
         ct.filtered_count AS triage_filtered_count
  FROM cases c
  LEFT JOIN customers cu ON cu.id = c.customer_id
  LEFT JOIN case_reads r ON r.case_id = c.id
  LEFT JOIN case_triage ct ON ct.case_id = c.id`;

const VIEW_WHERE: Record<CaseView, string | null> = {
  queue: 'c.triage_filtered = 0',
  filtered: 'c.triage_filtered = 1',
  all: null,
};

/** The inbox's WHERE and ORDER BY for a filter; the parameters go in the order the clauses appear. */
function inboxClauses(filter: InboxFilter): string {
  const where = ['c.assigned_to = ?'];
  const view = VIEW_WHERE[filter.view ?? 'queue'];
  if (view) where.push(view);
  if (filter.status) where.push('c.status = ?');
  if (filter.channel) where.push('c.channel = ?');
  if (filter.priority) where.push('c.inbox_rank = ?');
  if (filter.search !== undefined) {
    where.push(`(c.id IN (SELECT m.case_id FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid
                          WHERE messages_fts MATCH ?)
                 OR c.subject LIKE ? ESCAPE '\\' OR cu.name LIKE ? ESCAPE '\\')`);
  }
  return `
  WHERE ${where.join(' AND ')}
  ORDER BY ${ORDER[filter.sort ?? 'priority']}
  LIMIT ? OFFSET ?`;
}

/** The inbox query for a filter; the parameters go in the order the clauses appear. */
export function inboxSql(filter: InboxFilter): string {
  return `${SUMMARY_SELECT}${inboxClauses(filter)}`;
}

/**
 * The same list's case ids alone, in its order: no per-row reads (unread, draft, triage), so the
 * whole list's order costs a walk of the index instead of a summary per case.
 */
export function inboxIdsSql(filter: InboxFilter): string {
  return `SELECT c.id FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id${inboxClauses(filter)}`;
}

/** The same list's ids with what says whether each waits on the agent, for the `n` key. */
function inboxWaitingSql(filter: InboxFilter): string {
  return `SELECT c.id, c.status, c.waiting_since FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id${inboxClauses(filter)}`;
}

/** The summaries of the cases whose ids a JSON array holds, in no order. */
const SUMMARIES_SQL = `${SUMMARY_SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`;

/** The default inbox (the work queue, no filter), whose plan the tests assert. */
export const INBOX_SQL = inboxSql({});
/** Its ids alone, whose plan the tests assert too. */
export const INBOX_IDS_SQL = inboxIdsSql({});
/** The filtered view, whose plan the tests assert too. */
export const FILTERED_INBOX_SQL = inboxSql({ view: 'filtered' });

/** The most rows one read of the inbox answers (the contract's bound too). */
const INBOX_MAX = 20_000;


/** The parameters of `inboxSql` and `inboxIdsSql`, in the order their clauses appear. */
function inboxParams(agent: string, filter: InboxFilter): unknown[] {
  const search = filter.search;
  const like = search === undefined ? '' : `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return [
    agent,
    ...[filter.status, filter.channel].filter((p) => p),
    ...(filter.priority ? [PRIORITY_RANK[filter.priority]] : []),
    ...(search === undefined ? [] : [toFtsQuery(search) ?? '""', like, like]),
    filter.limit ?? 10_000,
    filter.offset ?? 0,
  ];
}

type SummaryRow = CaseRow & {
  /** The server's time when retention removed the case's customer text; null while it holds it. */
  purged_at: string | null;
  customer_name: string | null;
  unread: number;
  has_draft: number;
  triage_filtered: number;
  triage_priority: string | null;
  triage_score: number | null;
  triage_reasons: string | null;
  triage_filtered_count: number | null;
};

/**
 * All of a customer's cases in the cache, newest first, straight from cases_customer. The first
 * customer message is read (its start only) just for cases with no subject.
 */
export const CUSTOMER_HISTORY_SQL = `
  SELECT c.id, c.number, c.channel, c.status, c.reason, c.resolution, c.assigned_to, a.name AS assignee_name,
         c.created_at, c.updated_at,
         CASE WHEN trim(c.subject) <> '' THEN substr(c.subject, 1, 300)
              ELSE (SELECT substr(m.text, 1, 300) FROM messages m
                    WHERE m.case_id = c.id AND m.kind = 'customer' ORDER BY m.sent_at LIMIT 1) END AS summary
  FROM cases c
  LEFT JOIN agents a ON a.id = c.assigned_to
  WHERE c.customer_id = ?
  ORDER BY c.created_at DESC`;

interface HistoryRow {
  id: string;
  number: number;
  channel: string;
  status: string;
  reason: string | null;
  resolution: string | null;
  assigned_to: string | null;
  assignee_name: string | null;
  created_at: string;
  updated_at: string;
  summary: string | null;
}

const SUMMARY_LENGTH = 120;

/** One line, cut at a character (never inside an emoji) with an ellipsis. */
export function oneLine(text: string, max = SUMMARY_LENGTH): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

export class CaseRepository {
  private readonly upsertStmt;
  private readonly inboxStatements = new Map<string, Database.Statement<unknown[], SummaryRow>>();
  private readonly getStmt;
  private readonly summaryStmt;
  private readonly summariesStmt;
  private readonly byNumberStmt;
  private readonly removeStmt;
  private readonly removeThreadStmt;
  private readonly setStatusStmt;
  private readonly answeredStmt;
  private readonly revertStmt;
  private readonly classifyStmt;
  private readonly movedStmt;
  private readonly countStmt;
  private readonly historyStmt;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.upsertStmt = versionedUpsert(db, 'cases', CASE_COLUMNS);
    this.getStmt = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?');
    this.summaryStmt = db.prepare<[string], SummaryRow>(`${SUMMARY_SELECT} WHERE c.id = ?`);
    this.summariesStmt = db.prepare<[string], SummaryRow>(SUMMARIES_SQL);
    this.byNumberStmt = db.prepare<[number], CaseRow>('SELECT * FROM cases WHERE number = ?');
    this.removeStmt = db.prepare('DELETE FROM cases WHERE id = ?');
    // The agent's unconfirmed replies stay: a conflict must not take their text away.
    this.removeThreadStmt = db.prepare('DELETE FROM messages WHERE case_id = ? AND version > 0');
    this.setStatusStmt = db.prepare('UPDATE cases SET status = ? WHERE id = ?');
    this.answeredStmt = db.prepare('UPDATE cases SET waiting_since = NULL WHERE id = ?');
    this.revertStmt = db.prepare(`UPDATE cases SET status = server_status, waiting_since = server_waiting_since,
      reason = server_reason, resolution = server_resolution, moved_to = server_moved_to, product = server_product,
      peer_answered = server_peer_answered, call_avoided = server_call_avoided, derivation = server_derivation WHERE id = ?`);
    this.classifyStmt = db.prepare('UPDATE cases SET reason = coalesce(@reason, reason), resolution = coalesce(@resolution, resolution) WHERE id = @id');
    this.movedStmt = db.prepare('UPDATE cases SET moved_to = ? WHERE id = ?');
    this.countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cases');
    this.historyStmt = db.prepare<[string], HistoryRow>(CUSTOMER_HISTORY_SQL);
  }

  upsert(row: NewCaseRow): void {
    this.upsertStmt.run({ ...NO_MARKS, ...row });
  }

  /** A case leaving the agent's scope takes its thread with it. */
  remove(id: string): void {
    this.removeThreadStmt.run(id);
    this.removeStmt.run(id);
  }

  get(id: string): CachedCase | undefined {
    const row = this.getStmt.get(id);
    return row && toCachedCase(row);
  }

  summary(id: string): CaseSummary | undefined {
    const row = this.summaryStmt.get(id);
    return row && toSummary(row);
  }

  /** The cases this one is linked with (public ↔ private), and whether this cache holds them. */
  links(summary: CaseSummary): CaseDetail['links'] {
    const withAvailability = (link: CaseLink | null) => link && { ...link, available: this.get(link.caseId) !== undefined };
    return { continues: withAvailability(summary.continues), continuedIn: withAvailability(summary.continuedIn) };
  }

  /** Accepts the protocol's id or the case number agents quote ("#1042" or "1042"). */
  find(ref: string): CachedCase | undefined {
    const byId = this.get(ref);
    if (byId) return byId;
    const number = /^#?(\d{1,12})$/.exec(ref.trim())?.[1];
    if (number === undefined) return undefined;
    const row = this.byNumberStmt.get(Number(number));
    return row && toCachedCase(row);
  }

  inbox(agent: string, filter: InboxFilter = {}): CaseSummary[] {
    const search = filter.search?.trim() ? filter.search : undefined;
    return this.inboxStatement(inboxSql({ ...filter, search })).all(...inboxParams(agent, { ...filter, search })).map(toSummary);
  }

  /**
   * The list `inbox` answers as its ids in order, and the summaries of the `limit` rows from
   * `offset` only: what a window shows, read in one go so ids and rows agree.
   */
  inboxWindow(agent: string, filter: InboxFilter): InboxWindow {
    const search = filter.search?.trim() ? filter.search : undefined;
    const whole = { ...filter, search, limit: INBOX_MAX, offset: 0 };
    // One read transaction: a write between the two statements (the CLI on the same profile, from
    // another process) would otherwise leave an id without its row and shift every row after it.
    return this.db.transaction(() => {
      const ids = this.inboxStatement<string>(inboxIdsSql(whole)).pluck().all(...inboxParams(agent, whole));
      const offset = filter.offset ?? 0;
      const wanted = ids.slice(offset, offset + (filter.limit ?? INBOX_WINDOW_ROWS));
      const byId = new Map(this.summariesStmt.all(JSON.stringify(wanted)).map((row) => [row.id, toSummary(row)]));
      return { ids, offset, rows: wanted.flatMap((id) => byId.get(id) ?? []) };
    })();
  }

  /** The work queue in its order, with only what `nextWaiting` looks at: no summary per case. */
  waitingQueue(agent: string): Array<{ id: string; status: CaseStatus; waitingSince: string | null }> {
    const whole = { limit: INBOX_MAX, offset: 0 };
    return this.inboxStatement<{ id: string; status: string; waiting_since: string | null }>(inboxWaitingSql(whole))
      .all(...inboxParams(agent, whole))
      .map((row) => ({ id: row.id, status: oneOf(CASE_STATUSES, row.status, 'cases.status'), waitingSince: row.waiting_since }));
  }

  private inboxStatement<Row = SummaryRow>(sql: string): Database.Statement<unknown[], Row> {
    let statement = this.inboxStatements.get(sql);
    if (!statement) this.inboxStatements.set(sql, (statement = this.db.prepare<unknown[], SummaryRow>(sql)));
    return statement as unknown as Database.Statement<unknown[], Row>;
  }

  /** The optimistic effect of a status change; the server's version arrives with the next pull. */
  setStatusLocally(id: string, status: CaseStatus): void {
    this.setStatusStmt.run(status, id);
  }

  /** The optimistic classification: a reason or resolution left undefined keeps the case's own. */
  classifyLocally(id: string, reason: string | undefined, resolution: string | undefined): void {
    this.classifyStmt.run({ id, reason: reason ?? null, resolution: resolution ?? null });
  }

  /** The optimistic product (null: none) and "call avoided" mark; undefined keeps the case's own. */
  markLocally(id: string, marks: { product?: string | null | undefined; callAvoided?: boolean | undefined; peerAnswered?: boolean | undefined }): void {
    if (marks.product !== undefined) this.db.prepare('UPDATE cases SET product = ? WHERE id = ?').run(marks.product, id);
    if (marks.callAvoided !== undefined) this.db.prepare('UPDATE cases SET call_avoided = ? WHERE id = ?').run(marks.callAvoided ? 1 : 0, id);
    if (marks.peerAnswered !== undefined) this.db.prepare('UPDATE cases SET peer_answered = ? WHERE id = ?').run(marks.peerAnswered ? 1 : 0, id);
  }

  /** Every case whose latest derivation still waits for an answer, oldest first. */
  derived(): CaseSummary[] {
    return this.db.prepare<[], SummaryRow>(`${SUMMARY_SELECT} WHERE json_extract(c.derivation, '$.state') = 'derived' ORDER BY c.updated_at`)
      .all().map(toSummary);
  }

  /** The optimistic derivation (a derive, or its answer); the server's copy stays for an undo. */
  deriveLocally(id: string, derivation: CaseDerivation): void {
    this.db.prepare('UPDATE cases SET derivation = ? WHERE id = ?').run(JSON.stringify(derivation), id);
  }

  /** The optimistic effect of inviting the customer to a private channel. */
  markMovedLocally(id: string, channel: string): void {
    this.movedStmt.run(channel, id);
  }

  markAnsweredLocally(id: string): void {
    this.answeredStmt.run(id);
  }

  /** Undoes optimistic effects: back to what the server last said. */
  revertToServer(id: string): void {
    this.revertStmt.run(id);
  }

  count(): number {
    return this.countStmt.get()?.n ?? 0;
  }

  /** The customer's cases, newest first; `agent`'s own are `mine`, the rest open read-only. */
  history(customerId: string, agent: string): CustomerCase[] {
    return this.historyStmt.all(customerId).map((row) => ({
      id: row.id,
      number: row.number,
      channel: oneOf(CHANNELS, row.channel, 'cases.channel'),
      status: oneOf(CASE_STATUSES, row.status, 'cases.status'),
      reason: oneOfOrNull(CONTACT_REASONS, row.reason, 'cases.reason'),
      resolution: oneOfOrNull(RESOLUTIONS, row.resolution, 'cases.resolution'),
      assignedTo: row.assigned_to,
      assigneeName: row.assignee_name,
      mine: row.assigned_to === agent,
      summary: oneLine(row.summary ?? ''),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}

function toCachedCase(row: CaseRow): CachedCase {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    identityId: row.identity_id,
    channel: oneOf(CHANNELS, row.channel, 'cases.channel'),
    subject: row.subject,
    status: oneOf(CASE_STATUSES, row.status, 'cases.status'),
    assignedTo: row.assigned_to,
    priority: oneOf(PRIORITIES, row.priority, 'cases.priority'),
    language: oneOf(LANGUAGES, row.language, 'cases.language'),
    reason: oneOfOrNull(CONTACT_REASONS, row.reason, 'cases.reason'),
    resolution: oneOfOrNull(RESOLUTIONS, row.resolution, 'cases.resolution'),
    messageType: oneOfOrNull(MESSAGE_TYPES, row.message_type, 'cases.message_type'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    waitingSince: row.waiting_since,
    version: row.version,
    movedTo: oneOfOrNull(CHANNELS, row.moved_to, 'cases.moved_to'),
    product: row.product,
    peerAnswered: row.peer_answered === 1,
    callAvoided: row.call_avoided === 1,
    recontact: oneOfOrNull(RECONTACTS, row.recontact, 'cases.recontact'),
    derivation: row.derivation === null ? null : fromJson(CaseDerivation, row.derivation, 'cases.derivation'),
    routing: routingOf(row),
  };
}

function routingOf(row: CaseRow): CaseRouting | null {
  const rule = oneOfOrNull(CASE_ROUTING_RULES, row.routing_rule, 'cases.routing_rule');
  return rule === null || row.routing_reason === null ? null : { rule, reason: row.routing_reason };
}

function toSummary(row: SummaryRow): CaseSummary {
  const found = toCachedCase(row);
  return {
    id: found.id,
    number: found.number,
    customerId: found.customerId,
    customerName: row.customer_name,
    channel: found.channel,
    subject: found.subject,
    status: found.status,
    assignedTo: found.assignedTo,
    priority: oneOfOrNull(PRIORITIES, row.triage_priority, 'case_triage.priority') ?? found.priority,
    serverPriority: found.priority,
    language: found.language,
    reason: found.reason,
    resolution: found.resolution,
    messageType: found.messageType,
    updatedAt: found.updatedAt,
    waitingSince: found.waitingSince,
    unread: row.unread === 1,
    hasDraft: row.has_draft === 1,
    movedTo: found.movedTo,
    product: found.product,
    peerAnswered: found.peerAnswered,
    callAvoided: found.callAvoided,
    recontact: found.recontact,
    derivation: found.derivation,
    routing: found.routing,
    continues: link(row.continues_id, row.continues_number),
    continuedIn: link(row.continued_in_id, row.continued_in_number),
    purged: row.purged_at !== null,
    triage: row.triage_priority === null ? null : {
      score: row.triage_score ?? 0,
      reasons: row.triage_reasons === null ? [] : fromJson(PriorityReasons, row.triage_reasons, 'case_triage.reasons'),
      filtered: row.triage_filtered === 1,
      filteredCount: row.triage_filtered_count ?? 0,
    },
  };
}

const link = (caseId: string | null, number: number | null): CaseLink | null =>
  caseId === null || number === null ? null : { caseId, number };
