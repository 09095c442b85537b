// Projects the sandbox's rows into each agent's feed, and serves pull pages from it.
// A customer, with all their cases, messages, identities and notes, is seen by every agent
// holding one of their cases (the others' cases as read-only history); templates, articles,
// agents and settings by everyone.
import type { Entity } from '../protocol/entities.ts';
import type { Change } from '../protocol/sync.ts';
import { meta, nextVersion, setMeta, type SandboxDb } from './schema.ts';
import { toWire } from './wire-rows.ts';
import { prepared } from './prepared.ts';
import { reviewAudiences, supervisorsOf } from './qa-audience.ts';

export const EVERYONE = '*';
/** The meta key holding the seq through which dels were pruned (compact). */
const FEED_HORIZON = 'feed_horizon';

export class Feed {
  private readonly db: SandboxDb;
  private readonly putStmt;
  private readonly delStmt;
  private readonly scopesStmt;
  private readonly dropStmt;
  private readonly pageStmt;
  private readonly remainingStmt;
  private readonly skippedStmt;
  private readonly audienceStmt;
  private readonly casesOfStmt;
  private readonly heldCasesStmt;
  private readonly threadStmt;

  constructor(db: SandboxDb) {
    this.db = db;
    this.putStmt = db.prepare(
      `INSERT INTO feed (entity, id, scope, op, version, reason, del_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.delStmt = db.prepare('DELETE FROM feed WHERE entity = ? AND id = ? AND scope = ?');
    this.scopesStmt = db.prepare<[string, string], { scope: string; op: string }>(
      'SELECT scope, op FROM feed WHERE entity = ? AND id = ?',
    );
    this.dropStmt = db.prepare("DELETE FROM feed WHERE entity = 'message' AND scope = ? AND id IN (SELECT id FROM messages WHERE case_id = ?)");
    this.pageStmt = db.prepare<[number, string, number, number], { seq: number; entity: Entity; id: string; op: 'put' | 'del'; version: number; reason: string | null }>(
      `SELECT seq, entity, id, op, version, reason FROM feed
       WHERE seq > ? AND scope IN ('*', ?) AND (op = 'put' OR seq > ?) ORDER BY seq LIMIT ?`,
    );
    this.remainingStmt = db.prepare<[number, string, number], { n: number }>(
      `SELECT (SELECT count(*) FROM feed WHERE scope = '*' AND seq > ?)
            + (SELECT count(*) FROM feed WHERE scope = ? AND seq > ?) AS n`,
    );
    // Dels a console pulling from the start leaves out (on the partial index feed_dels).
    this.skippedStmt = db.prepare<[string, number, number], { n: number }>(
      `SELECT count(*) AS n FROM feed WHERE op = 'del' AND scope IN ('*', ?) AND seq > ? AND seq <= ?`,
    );
    // The agents holding one of the customer's cases, the reviewers of QA packs holding one, the
    // recipients of an open derivation of one (the area's members then, or the agent named), and
    // the recipient who answered, returned or took a closed one.
    this.audienceStmt = db.prepare<[string, string, string], { username: string }>(
      `SELECT assigned_to AS username FROM cases WHERE customer_id = ? AND assigned_to IS NOT NULL
       UNION SELECT r.username FROM cases c JOIN qa_pack_cases pc ON pc.case_id = c.id
         JOIN qa_pack_reviewers r ON r.pack_id = pc.pack_id WHERE c.customer_id = ?
       UNION SELECT dr.username FROM cases c JOIN derivations d ON d.case_id = c.id
         JOIN derivation_recipients dr ON dr.derivation_id = d.id
         WHERE c.customer_id = ? AND (d.state = 'derived' OR dr.username = d.answered_by)`,
    );
    this.casesOfStmt = db.prepare<[string], { id: string; version: number }>('SELECT id, version FROM cases WHERE customer_id = ?');
    this.heldCasesStmt = db.prepare<[string, string], { id: string }>(
      `SELECT f.id FROM feed f JOIN cases c ON c.id = f.id
       WHERE f.entity = 'case' AND f.scope = ? AND f.op = 'put' AND c.customer_id = ?`,
    );
    this.threadStmt = db.prepare<[string], { id: string; version: number }>('SELECT id, version FROM messages WHERE case_id = ? ORDER BY sent_at');
  }

  /** Moves the row to the end of the feed for `scope`. */
  private write(entity: Entity, id: string, scope: string, op: 'put' | 'del', version: number, reason?: string): void {
    this.delStmt.run(entity, id, scope);
    // A del keeps when it was written (real time, whatever the sandbox's clock says): compact() prunes old ones.
    this.putStmt.run(entity, id, scope, op, version, reason ?? null, op === 'del' ? new Date().toISOString() : null);
  }

  private scopes(entity: Entity, id: string): Map<string, string> {
    return new Map(this.scopesStmt.all(entity, id).map((r) => [r.scope, r.op]));
  }

  /** Rows everyone sees, or one agent's own (a personal template). */
  publishGlobal(entity: 'agent' | 'template' | 'article' | 'setting' | 'blocked_sender' | 'listening_post', id: string, version: number, scope = EVERYONE): void {
    this.write(entity, id, scope, 'put', version);
  }

  /** A row deleted on the server: consoles that had it receive a `del`. */
  retract(entity: Entity, id: string, scope: string, reason: string): void {
    this.write(entity, id, scope, 'del', nextVersion(this.db), reason);
  }

  /**
   * Publishes a case to its customer's audience: the assignee sees it as their own, every other
   * agent holding one of the customer's cases as read-only history. An agent leaving the
   * audience gets a `del` (reason: `removedReason`, `reassigned` by default).
   */
  publishCase(caseId: string, removedReason = 'reassigned'): void {
    const row = prepared<[string], { customer_id: string; version: number }>(this.db, 'SELECT customer_id, version FROM cases WHERE id = ?')
      .get(caseId);
    if (!row) return;
    const audience = this.audienceOf(row.customer_id);
    const before = this.scopes('case', caseId);
    for (const [scope, op] of before) {
      if (!audience.has(scope) && op === 'put') this.retractCase(caseId, scope, removedReason);
    }
    for (const scope of audience) this.putCase(caseId, row.version, scope, before.get(scope) !== 'put');
    this.publishCustomer(row.customer_id, audience);
  }

  /** A message goes wherever its case is. */
  publishMessage(messageId: string): void {
    const row = prepared<[string], { version: number; case_id: string }>(this.db, 'SELECT version, case_id FROM messages WHERE id = ?')
      .get(messageId);
    if (!row) return;
    for (const [scope, op] of this.scopes('case', row.case_id)) {
      if (op === 'put') this.write('message', messageId, scope, 'put', row.version);
    }
  }

  /**
   * A customer, their identities, the agents' notes on them and all their cases are seen by every
   * agent holding one of their cases. Whoever joins the audience receives the lot; whoever
   * leaves it gets `del`s (the console drops identities and notes with their customer).
   */
  publishCustomer(customerId: string, audience = this.audienceOf(customerId)): void {
    const customer = prepared<[string], { version: number }>(this.db, 'SELECT version FROM customers WHERE id = ?').get(customerId);
    if (!customer) return;
    const identities = prepared<[string], { id: string; version: number }>(this.db, 'SELECT id, version FROM identities WHERE customer_id = ?')
      .all(customerId);
    const before = this.scopes('customer', customerId);
    for (const [scope, op] of before) {
      if (audience.has(scope) || op === 'del') continue;
      this.write('customer', customerId, scope, 'del', nextVersion(this.db), 'out_of_scope');
      for (const identity of identities) this.delStmt.run('identity', identity.id, scope);
      for (const note of this.notesOf(customerId)) this.delStmt.run('customer_note', note.id, scope);
      for (const held of this.heldCasesStmt.all(scope, customerId)) this.retractCase(held.id, scope, 'out_of_scope');
    }
    for (const scope of audience) {
      const seen = before.get(scope) === 'put';
      this.write('customer', customerId, scope, 'put', customer.version);
      for (const identity of identities) {
        if (!seen || this.scopes('identity', identity.id).get(scope) !== 'put') {
          this.write('identity', identity.id, scope, 'put', identity.version);
        }
      }
      if (seen) continue;
      for (const note of this.notesOf(customerId)) this.write('customer_note', note.id, scope, 'put', note.version);
      // Newly in the audience: the customer's other cases come along as history.
      for (const other of this.casesOfStmt.all(customerId)) {
        if (this.scopes('case', other.id).get(scope) !== 'put') this.putCase(other.id, other.version, scope, true);
      }
    }
  }

  /**
   * An identity or a note goes wherever its customer is. One that moved to another customer (a
   * link, a merge, an undo) leaves the consoles that see only the customer it left.
   */
  publishWithCustomer(entity: 'identity' | 'customer_note', id: string): void {
    const table = entity === 'identity' ? 'identities' : 'customer_notes';
    const row = prepared<[string], { customer_id: string; version: number }>(this.db, `SELECT customer_id, version FROM ${table} WHERE id = ?`).get(id);
    if (!row) return;
    const owners = this.scopes('customer', row.customer_id);
    for (const [scope, op] of this.scopes(entity, id)) {
      if (op === 'put' && owners.get(scope) !== 'put') this.write(entity, id, scope, 'del', nextVersion(this.db), 'customer_changed');
    }
    for (const [scope, op] of owners) {
      if (op === 'put') this.write(entity, id, scope, 'put', row.version);
    }
  }

  /** A pack's reviews of one case, each to whoever sees it now (qa-audience.ts: blind calibrations). */
  publishReviews(packId: string, caseId: string): void {
    for (const review of reviewAudiences(this.db, packId, caseId)) {
      for (const scope of review.audience) this.write('qa_review', review.id, scope, 'put', review.version);
    }
  }

  /**
   * Every agent holding one of the customer's cases, whatever its state, every reviewer of a
   * QA pack holding one, everyone an open derivation of one went to, and the member who closed
   * one: a reassignment must not take a case away from its reviewers, nor an answered
   * derivation from the one who answered; the other members lose it once it is closed.
   */
  private audienceOf(customerId: string): Set<string> {
    return new Set(this.audienceStmt.all(customerId, customerId, customerId).map((r) => r.username));
  }

  /**
   * A QA pack reaches its reviewers, and each of its cases comes into their scope with its
   * thread, its customer (identities, notes) and the customer's other cases as history.
   */
  publishPack(packId: string): void {
    const pack = prepared<[string], { version: number }>(this.db, 'SELECT version FROM qa_packs WHERE id = ?').get(packId);
    if (!pack) return;
    const reviewers = prepared<[string], { username: string }>(this.db, 'SELECT username FROM qa_pack_reviewers WHERE pack_id = ?').all(packId);
    for (const { username } of reviewers) this.write('qa_pack', packId, username, 'put', pack.version);
    const cases = prepared<[string], { case_id: string }>(this.db, 'SELECT case_id FROM qa_pack_cases WHERE pack_id = ?').all(packId);
    for (const { case_id } of cases) this.publishCase(case_id);
  }

  /**
   * A coaching objective or note reaches its agent (to read) and the supervisors of the agent's
   * team (to write); whoever no longer is among them (a team changed) gets a `del`.
   */
  publishCoaching(entity: 'coaching_objective' | 'coaching_note', id: string): void {
    const table = entity === 'coaching_objective' ? 'coaching_objectives' : 'coaching_notes';
    const row = prepared<[string], { agent: string; version: number }>(this.db, `SELECT agent, version FROM ${table} WHERE id = ?`).get(id);
    if (!row) return;
    const audience = new Set([row.agent, ...supervisorsOf(this.db, row.agent)]);
    for (const [scope, op] of this.scopes(entity, id)) {
      if (op === 'put' && !audience.has(scope)) this.write(entity, id, scope, 'del', nextVersion(this.db), 'out_of_scope');
    }
    for (const scope of audience) this.write(entity, id, scope, 'put', row.version);
  }

  /** A coaching row removed on the server leaves every console that had it. */
  retractCoaching(entity: 'coaching_objective' | 'coaching_note', id: string): void {
    for (const [scope, op] of this.scopes(entity, id)) {
      if (op === 'put') this.write(entity, id, scope, 'del', nextVersion(this.db), 'removed');
    }
  }

  private notesOf(customerId: string): { id: string; version: number }[] {
    return prepared<[string], { id: string; version: number }>(this.db, 'SELECT id, version FROM customer_notes WHERE customer_id = ?').all(customerId);
  }

  private putCase(caseId: string, version: number, scope: string, withThread: boolean): void {
    this.write('case', caseId, scope, 'put', version);
    if (!withThread) return;
    // Newly in scope (or back after a del): the whole thread comes along.
    for (const m of this.threadStmt.all(caseId)) this.write('message', m.id, scope, 'put', m.version);
  }

  private retractCase(caseId: string, scope: string, reason: string): void {
    // The console cascades the thread on the case's del; a fresh console must not get it.
    this.dropStmt.run(scope, caseId);
    this.write('case', caseId, scope, 'del', nextVersion(this.db), reason);
  }

  /**
   * Turns every put into a del (a trainer's reset). Messages and identities get their own del:
   * the reseed replaces a case's del with a put, so the case's del cannot carry its thread.
   */
  retractAll(reason: string): void {
    const rows = prepared<[], { entity: Entity; id: string; scope: string }>(this.db, "SELECT entity, id, scope FROM feed WHERE op = 'put' ORDER BY seq").all();
    for (const r of rows) this.write(r.entity, r.id, r.scope, 'del', nextVersion(this.db), reason);
  }

  /** The newest seq ever given (AUTOINCREMENT's own record): pruned dels at the end do not take it back. */
  lastSeq(): number {
    return (prepared(this.db, "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'feed'), 0) AS seq").get() as { seq: number }).seq;
  }

  /**
   * One page of what `scope` sees after `after`. Dels at or before `skipDelsThrough` are left
   * out: a console pulling from the start from then on never held what they delete.
   */
  page(scope: string, after: number, limit: number, skipDelsThrough = 0): { changes: Change[]; last: number; remaining: number } {
    const rows = this.pageStmt.all(after, scope, skipDelsThrough, limit);
    const changes: Change[] = [];
    for (const row of rows) {
      if (row.op === 'del') {
        changes.push({ entity: row.entity, id: row.id, op: 'del', version: row.version, ...(row.reason ? { reason: row.reason } : {}) });
        continue;
      }
      const data = toWire(this.db, row.entity, row.id);
      if (data !== undefined) changes.push({ entity: row.entity, id: row.id, op: 'put', version: row.version, data } as Change);
    }
    let last = rows.at(-1)?.seq ?? after;
    let remaining = this.remainingStmt.get(last, scope, last)?.n ?? 0;
    if (skipDelsThrough > last) remaining -= this.skippedStmt.get(scope, last, skipDelsThrough)?.n ?? 0;
    // Nothing left for this scope (skipped dels at most): the cursor moves to the feed's end, past
    // other scopes' rows too, so an idle console's cursor stays younger than the dels pruned.
    if (remaining === 0) last = Math.max(last, skipDelsThrough, this.lastSeq());
    return { changes, last, remaining };
  }

  /**
   * Prunes the dels written before `before` (ISO time) and returns how many, and the seq through
   * which dels are gone: a cursor older than that may have missed one, so it must start over.
   */
  compact(before: string): { pruned: number; horizon: number } {
    const through = prepared<[string], { seq: number | null }>(this.db, "SELECT max(seq) AS seq FROM feed WHERE op = 'del' AND del_at < ?").get(before)?.seq ?? null;
    const horizon = this.horizon();
    if (through === null) return { pruned: 0, horizon };
    const { changes } = prepared(this.db, "DELETE FROM feed WHERE op = 'del' AND seq <= ?").run(through);
    const moved = Math.max(horizon, through);
    setMeta(this.db, FEED_HORIZON, String(moved));
    return { pruned: changes, horizon: moved };
  }

  /** The seq through which dels were pruned (0 when none ever was). */
  horizon(): number {
    return Number(meta(this.db, FEED_HORIZON) ?? 0);
  }
}
