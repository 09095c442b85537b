// Projects the server's rows into each agent's feed, and serves pull pages from it, on either
// engine (written once over store/sql.ts). A customer, with all their cases, messages,
// identities and notes, is seen by every agent holding one of their cases (the others' cases as
// read-only history); templates, articles, agents and settings by everyone.
import type { Entity } from '../protocol/entities.ts';
import type { Change } from '../protocol/sync.ts';
import { toWireMany } from './wire-rows.ts';
import { reviewAudiences, supervisorsOf } from './qa-audience.ts';
import type { Sql } from './store/sql.ts';
import { metaValue, setMetaValue } from './store/shared/instance.ts';

export const EVERYONE = '*';
/** The meta key holding the seq through which dels were pruned (compact). */
const FEED_HORIZON = 'feed_horizon';

type Scope = { scope: string; op: string };
type Versioned = { id: string; version: number };

export class Feed {
  private readonly sql: Sql;

  constructor(sql: Sql) {
    this.sql = sql;
  }

  /** Moves the row to the end of the feed for `scope`. */
  private async write(entity: Entity, id: string, scope: string, op: 'put' | 'del', version: number, reason?: string): Promise<void> {
    await this.sql.run('DELETE FROM feed WHERE entity = ? AND id = ? AND scope = ?', entity, id, scope);
    // A del keeps when it was written (real time, whatever the sandbox's clock says): compact() prunes old ones.
    await this.sql.run('INSERT INTO feed (entity, id, scope, op, version, reason, del_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      entity, id, scope, op, version, reason ?? null, op === 'del' ? new Date().toISOString() : null);
  }

  private async scopes(entity: Entity, id: string): Promise<Map<string, string>> {
    const rows = await this.sql.rows<Scope>('SELECT scope, op FROM feed WHERE entity = ? AND id = ?', entity, id);
    return new Map(rows.map((r) => [r.scope, r.op]));
  }

  private async forget(entity: Entity, id: string, scope: string): Promise<void> {
    await this.sql.run('DELETE FROM feed WHERE entity = ? AND id = ? AND scope = ?', entity, id, scope);
  }

  /** Rows everyone sees, or one agent's own (a personal template). */
  publishGlobal(entity: 'agent' | 'template' | 'article' | 'setting' | 'blocked_sender' | 'listening_post', id: string, version: number, scope = EVERYONE): Promise<void> {
    return this.write(entity, id, scope, 'put', version);
  }

  /** A row deleted on the server: consoles that had it receive a `del`. */
  async retract(entity: Entity, id: string, scope: string, reason: string): Promise<void> {
    await this.write(entity, id, scope, 'del', await this.sql.nextVersion(), reason);
  }

  /**
   * Publishes a case to its customer's audience: the assignee sees it as their own, every other
   * agent holding one of the customer's cases as read-only history. An agent leaving the
   * audience gets a `del` (reason: `removedReason`, `reassigned` by default).
   */
  async publishCase(caseId: string, removedReason = 'reassigned'): Promise<void> {
    const row = await this.sql.row<{ customer_id: string; version: number }>('SELECT customer_id, version FROM cases WHERE id = ?', caseId);
    if (!row) return;
    const audience = await this.audienceOf(row.customer_id);
    const before = await this.scopes('case', caseId);
    for (const [scope, op] of before) {
      if (!audience.has(scope) && op === 'put') await this.retractCase(caseId, scope, removedReason);
    }
    for (const scope of audience) await this.putCase(caseId, row.version, scope, before.get(scope) !== 'put');
    await this.publishCustomer(row.customer_id, audience);
  }

  /** A message goes wherever its case is. */
  async publishMessage(messageId: string): Promise<void> {
    const row = await this.sql.row<{ version: number; case_id: string }>('SELECT version, case_id FROM messages WHERE id = ?', messageId);
    if (!row) return;
    for (const [scope, op] of await this.scopes('case', row.case_id)) {
      if (op === 'put') await this.write('message', messageId, scope, 'put', row.version);
    }
  }

  /**
   * A customer, their identities, the agents' notes on them and all their cases are seen by every
   * agent holding one of their cases. Whoever joins the audience receives the lot; whoever
   * leaves it gets `del`s (the console drops identities and notes with their customer).
   */
  async publishCustomer(customerId: string, known?: Set<string>): Promise<void> {
    const customer = await this.sql.row<{ version: number }>('SELECT version FROM customers WHERE id = ?', customerId);
    if (!customer) return;
    const audience = known ?? await this.audienceOf(customerId);
    const identities = await this.sql.rows<Versioned>('SELECT id, version FROM identities WHERE customer_id = ?', customerId);
    const before = await this.scopes('customer', customerId);
    for (const [scope, op] of before) {
      if (audience.has(scope) || op === 'del') continue;
      await this.write('customer', customerId, scope, 'del', await this.sql.nextVersion(), 'out_of_scope');
      for (const identity of identities) await this.forget('identity', identity.id, scope);
      for (const note of await this.notesOf(customerId)) await this.forget('customer_note', note.id, scope);
      const held = await this.sql.rows<{ id: string }>(
        `SELECT f.id FROM feed f JOIN cases c ON c.id = f.id
         WHERE f.entity = 'case' AND f.scope = ? AND f.op = 'put' AND c.customer_id = ?`, scope, customerId);
      for (const { id } of held) await this.retractCase(id, scope, 'out_of_scope');
    }
    for (const scope of audience) {
      const seen = before.get(scope) === 'put';
      await this.write('customer', customerId, scope, 'put', customer.version);
      for (const identity of identities) {
        if (!seen || (await this.scopes('identity', identity.id)).get(scope) !== 'put') {
          await this.write('identity', identity.id, scope, 'put', identity.version);
        }
      }
      if (seen) continue;
      for (const note of await this.notesOf(customerId)) await this.write('customer_note', note.id, scope, 'put', note.version);
      // Newly in the audience: the customer's other cases come along as history.
      for (const other of await this.sql.rows<Versioned>('SELECT id, version FROM cases WHERE customer_id = ?', customerId)) {
        if ((await this.scopes('case', other.id)).get(scope) !== 'put') await this.putCase(other.id, other.version, scope, true);
      }
    }
  }

  /**
   * An identity or a note goes wherever its customer is. One that moved to another customer (a
   * link, a merge, an undo) leaves the consoles that see only the customer it left.
   */
  async publishWithCustomer(entity: 'identity' | 'customer_note', id: string): Promise<void> {
    const table = entity === 'identity' ? 'identities' : 'customer_notes';
    const row = await this.sql.row<{ customer_id: string; version: number }>(`SELECT customer_id, version FROM ${table} WHERE id = ?`, id);
    if (!row) return;
    const owners = await this.scopes('customer', row.customer_id);
    for (const [scope, op] of await this.scopes(entity, id)) {
      if (op === 'put' && owners.get(scope) !== 'put') await this.write(entity, id, scope, 'del', await this.sql.nextVersion(), 'customer_changed');
    }
    for (const [scope, op] of owners) {
      if (op === 'put') await this.write(entity, id, scope, 'put', row.version);
    }
  }

  /** A pack's reviews of one case, each to whoever sees it now (qa-audience.ts: blind calibrations). */
  async publishReviews(packId: string, caseId: string): Promise<void> {
    for (const review of await reviewAudiences(this.sql, packId, caseId)) {
      for (const scope of review.audience) await this.write('qa_review', review.id, scope, 'put', review.version);
    }
  }

  /**
   * Every agent holding one of the customer's cases, whatever its state, every reviewer of a
   * QA pack holding one, everyone an open derivation of one went to, and the member who closed
   * one: a reassignment must not take a case away from its reviewers, nor an answered
   * derivation from the one who answered; the other members lose it once it is closed.
   */
  private async audienceOf(customerId: string): Promise<Set<string>> {
    const rows = await this.sql.rows<{ username: string }>(
      `SELECT assigned_to AS username FROM cases WHERE customer_id = ? AND assigned_to IS NOT NULL
       UNION SELECT r.username FROM cases c JOIN qa_pack_cases pc ON pc.case_id = c.id
         JOIN qa_pack_reviewers r ON r.pack_id = pc.pack_id WHERE c.customer_id = ?
       UNION SELECT dr.username FROM cases c JOIN derivations d ON d.case_id = c.id
         JOIN derivation_recipients dr ON dr.derivation_id = d.id
         WHERE c.customer_id = ? AND (d.state = 'derived' OR dr.username = d.answered_by)`, customerId, customerId, customerId);
    return new Set(rows.map((r) => r.username));
  }

  /**
   * A QA pack reaches its reviewers, and each of its cases comes into their scope with its
   * thread, its customer (identities, notes) and the customer's other cases as history.
   */
  async publishPack(packId: string): Promise<void> {
    const pack = await this.sql.row<{ version: number }>('SELECT version FROM qa_packs WHERE id = ?', packId);
    if (!pack) return;
    const reviewers = await this.sql.rows<{ username: string }>('SELECT username FROM qa_pack_reviewers WHERE pack_id = ?', packId);
    for (const { username } of reviewers) await this.write('qa_pack', packId, username, 'put', pack.version);
    const cases = await this.sql.rows<{ case_id: string }>('SELECT case_id FROM qa_pack_cases WHERE pack_id = ?', packId);
    for (const { case_id } of cases) await this.publishCase(case_id);
  }

  /**
   * A coaching objective or note reaches its agent (to read) and the supervisors of the agent's
   * team (to write); whoever no longer is among them (a team changed) gets a `del`.
   */
  async publishCoaching(entity: 'coaching_objective' | 'coaching_note', id: string): Promise<void> {
    const table = entity === 'coaching_objective' ? 'coaching_objectives' : 'coaching_notes';
    const row = await this.sql.row<{ agent: string; version: number }>(`SELECT agent, version FROM ${table} WHERE id = ?`, id);
    if (!row) return;
    const audience = new Set([row.agent, ...await supervisorsOf(this.sql, row.agent)]);
    for (const [scope, op] of await this.scopes(entity, id)) {
      if (op === 'put' && !audience.has(scope)) await this.write(entity, id, scope, 'del', await this.sql.nextVersion(), 'out_of_scope');
    }
    for (const scope of audience) await this.write(entity, id, scope, 'put', row.version);
  }

  /** A coaching row removed on the server leaves every console that had it. */
  async retractCoaching(entity: 'coaching_objective' | 'coaching_note', id: string): Promise<void> {
    for (const [scope, op] of await this.scopes(entity, id)) {
      if (op === 'put') await this.write(entity, id, scope, 'del', await this.sql.nextVersion(), 'removed');
    }
  }

  private notesOf(customerId: string): Promise<Versioned[]> {
    return this.sql.rows<Versioned>('SELECT id, version FROM customer_notes WHERE customer_id = ?', customerId);
  }

  private async putCase(caseId: string, version: number, scope: string, withThread: boolean): Promise<void> {
    await this.write('case', caseId, scope, 'put', version);
    if (!withThread) return;
    // Newly in scope (or back after a del): the whole thread comes along.
    const thread = await this.sql.rows<Versioned>(`SELECT id, version FROM messages m WHERE case_id = ? ORDER BY sent_at, ${this.sql.writtenOrder('m')}`, caseId);
    for (const m of thread) await this.write('message', m.id, scope, 'put', m.version);
  }

  private async retractCase(caseId: string, scope: string, reason: string): Promise<void> {
    // The console cascades the thread on the case's del; a fresh console must not get it.
    await this.sql.run("DELETE FROM feed WHERE entity = 'message' AND scope = ? AND id IN (SELECT id FROM messages WHERE case_id = ?)", scope, caseId);
    await this.write('case', caseId, scope, 'del', await this.sql.nextVersion(), reason);
  }

  /**
   * Turns every put into a del (a trainer's reset). Messages and identities get their own del:
   * the reseed replaces a case's del with a put, so the case's del cannot carry its thread.
   */
  async retractAll(reason: string): Promise<void> {
    const rows = await this.sql.rows<{ entity: Entity; id: string; scope: string }>("SELECT entity, id, scope FROM feed WHERE op = 'put' ORDER BY seq");
    for (const r of rows) await this.write(r.entity, r.id, r.scope, 'del', await this.sql.nextVersion(), reason);
  }

  /**
   * The newest seq ever given. Every write that removes a row writes a newer one in the same
   * transaction, except pruning, whose dels the horizon remembers: so the newest row or the
   * horizon, whichever is later.
   */
  async lastSeq(): Promise<number> {
    const newest = (await this.sql.row<{ seq: number | null }>('SELECT max(seq) AS seq FROM feed'))?.seq ?? 0;
    return Math.max(newest, await this.horizon());
  }

  /**
   * One page of what `scope` sees after `after`. Dels at or before `skipDelsThrough` are left
   * out: a console pulling from the start from then on never held what they delete.
   */
  async page(scope: string, after: number, limit: number, skipDelsThrough = 0): Promise<{ changes: Change[]; last: number; remaining: number }> {
    const rows = await this.sql.rows<{ seq: number; entity: Entity; id: string; op: 'put' | 'del'; version: number; reason: string | null }>(
      `SELECT seq, entity, id, op, version, reason FROM feed
       WHERE seq > ? AND scope IN ('*', ?) AND (op = 'put' OR seq > ?) ORDER BY seq LIMIT ?`, after, scope, skipDelsThrough, limit);
    // The rows put, read entity by entity: a handful of statements for a page, not one per row.
    const wanted = new Map<Entity, string[]>();
    for (const row of rows) {
      if (row.op !== 'put') continue;
      const ids = wanted.get(row.entity) ?? [];
      if (ids.length === 0) wanted.set(row.entity, ids);
      ids.push(row.id);
    }
    const wire = new Map<Entity, Map<string, unknown>>();
    for (const [entity, ids] of wanted) wire.set(entity, await toWireMany(this.sql, entity, ids));
    const changes: Change[] = [];
    for (const row of rows) {
      if (row.op === 'del') {
        changes.push({ entity: row.entity, id: row.id, op: 'del', version: row.version, ...(row.reason ? { reason: row.reason } : {}) });
        continue;
      }
      const data = wire.get(row.entity)?.get(row.id);
      if (data !== undefined) changes.push({ entity: row.entity, id: row.id, op: 'put', version: row.version, data } as Change);
    }
    let last = rows.at(-1)?.seq ?? after;
    let remaining = (await this.sql.row<{ n: number }>(
      `SELECT (SELECT count(*) FROM feed WHERE scope = '*' AND seq > ?)
            + (SELECT count(*) FROM feed WHERE scope = ? AND seq > ?) AS n`, last, scope, last))?.n ?? 0;
    if (skipDelsThrough > last) {
      // Dels a console pulling from the start leaves out (on the partial index feed_dels).
      remaining -= (await this.sql.row<{ n: number }>(
        "SELECT count(*) AS n FROM feed WHERE op = 'del' AND scope IN ('*', ?) AND seq > ? AND seq <= ?", scope, last, skipDelsThrough))?.n ?? 0;
    }
    // Nothing left for this scope (skipped dels at most): the cursor moves to the feed's end, past
    // other scopes' rows too, so an idle console's cursor stays younger than the dels pruned.
    if (remaining === 0) last = Math.max(last, skipDelsThrough, await this.lastSeq());
    return { changes, last, remaining };
  }

  /**
   * Prunes the dels written before `before` (ISO time) and returns how many, and the seq through
   * which dels are gone: a cursor older than that may have missed one, so it must start over.
   */
  async compact(before: string): Promise<{ pruned: number; horizon: number }> {
    const through = (await this.sql.row<{ seq: number | null }>("SELECT max(seq) AS seq FROM feed WHERE op = 'del' AND del_at < ?", before))?.seq ?? null;
    const horizon = await this.horizon();
    if (through === null) return { pruned: 0, horizon };
    const pruned = await this.sql.run("DELETE FROM feed WHERE op = 'del' AND seq <= ?", through);
    const moved = Math.max(horizon, through);
    await setMetaValue(this.sql, FEED_HORIZON, String(moved));
    return { pruned, horizon: moved };
  }

  /** The seq through which dels were pruned (0 when none ever was). */
  async horizon(): Promise<number> {
    return Number((await metaValue(this.sql, FEED_HORIZON)) ?? 0);
  }
}
