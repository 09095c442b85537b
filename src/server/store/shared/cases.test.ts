// Cases, messages and case events written once, on both engines.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { postgresDatabase } from '../../../../tests/fixtures/postgres.ts';
import { pgSql, pgTypes } from '../postgres/pg-sql.ts';
import type { Sql } from '../sql.ts';
import { caseEvents, cases, messages, openCase } from './cases.ts';

const AT = '2026-03-10T10:00:00.000Z';

async function withCustomer(sql: Sql): Promise<void> {
  await sql.run("INSERT INTO customers (id, name, segment, followers, public_figure, language, version) VALUES ('cus-1', 'Ana', 'new', 0, 0, 'es', 1)");
}

const open = (sql: Sql, assignee: string | null = 'lucia') => openCase(sql, {
  customerId: 'cus-1', identityId: 'id-1', channel: 'whatsapp', text: 'x'.repeat(100), assignee, language: 'es', at: AT, routing: { rule: 'r1', reason: 'team' },
});

describe.each(ENGINES)('cases on $engine', (engine) => {
  const openDb = () => engine.open();
  it('numbers new cases from 1001 and reads their facts back', async () => {
    const sql = await openDb();
    await withCustomer(sql);
    expect(await open(sql)).toEqual({ caseId: 'case-1001', number: 1001 });
    expect(await open(sql, null)).toEqual({ caseId: 'case-1002', number: 1002 });
    expect(await cases(sql).facts('case-1001')).toEqual({
      id: 'case-1001', number: 1001, status: 'open', assignedTo: 'lucia', channel: 'whatsapp', reason: null, resolution: null,
      customerId: 'cus-1', identityId: 'id-1', product: null, callAvoided: false, peerAnswered: false,
    });
    expect(await sql.row('SELECT subject FROM cases WHERE id = ?', 'case-1001')).toEqual({ subject: 'x'.repeat(80) });
    expect(await cases(sql).isHeldBy('cus-1', 'lucia')).toBe(true);
    expect((await cases(sql).idsOfCustomer('cus-1')).sort()).toEqual(['case-1001', 'case-1002']);
    expect(await cases(sql).customerOf('case-1002')).toBe('cus-1');
  });

  it('classifies with a newer version, giving a recontact\'s priority back when resolved', async () => {
    const sql = await openDb();
    await withCustomer(sql);
    const { caseId } = await open(sql);
    await sql.run("UPDATE cases SET recontact = 'reopened', priority = 'high', priority_before_recontact = 'normal' WHERE id = ?", caseId);
    const before = (await sql.row<{ version: number }>('SELECT version FROM cases WHERE id = ?', caseId))!.version;
    const change = { status: 'pending', reason: 'billing', resolution: null, product: 'fibre', callAvoided: true };
    await cases(sql).classify(caseId, change, AT);
    const read = () => sql.row<{ version: number }>('SELECT recontact, priority, priority_before_recontact AS "before", version FROM cases WHERE id = ?', caseId);
    expect(await read()).toMatchObject({ recontact: 'reopened', priority: 'high', before: 'normal' });
    expect((await read())!.version).toBeGreaterThan(before);
    await cases(sql).classify(caseId, { ...change, status: 'resolved', resolution: 'fixed' }, AT);
    expect(await read()).toMatchObject({ recontact: null, priority: 'normal', before: null });
    expect(await cases(sql).facts(caseId)).toMatchObject({ status: 'resolved', reason: 'billing', product: 'fibre', callAvoided: true });
    await cases(sql).reassign(caseId, 'mateo', AT);
    expect(await sql.row('SELECT assigned_to AS "to", routing_rule AS rule FROM cases WHERE id = ?', caseId)).toEqual({ to: 'mateo', rule: null });
  });

  it('keeps what a decision leaves out, and likes a message once', async () => {
    const sql = await openDb();
    await withCustomer(sql);
    const { caseId } = await open(sql);
    await sql.run("INSERT INTO messages (id, case_id, kind, author, text, sent_at, state, version) VALUES ('m1', ?, 'customer', 'Ana', 'hola', ?, 'sent', 1)", caseId, AT);
    const m = messages(sql);
    expect(await m.noticeFacts('m1', caseId)).toEqual({ sentAt: AT, author: 'Ana', customerName: 'Ana', language: 'es' });
    expect(await m.decision('m1')).toBeUndefined();
    await m.decide('m1', { type: 'spam' }, 'lucia', AT);
    await m.decide('m1', { restored: true }, 'mateo', AT);
    expect(await m.decision('m1')).toEqual({ type: 'spam', restored: true });
    await m.decide('m1', { type: null }, 'lucia', AT);
    expect(await m.decision('m1')).toEqual({ type: null, restored: true });
    const like = { messageId: 'm1', caseId, reaction: 'like', username: 'lucia', at: AT };
    expect(await m.like(like)).toBe(true);
    expect(await m.like(like)).toBe(false);
    expect(await m.openedFrom('m1')).toBeNull();
    await m.addReply({ id: 'r1', caseId, author: 'lucia', text: 'hi', sentAt: AT });
    expect(await m.exists('r1')).toBe(true);
    expect(await m.customerSentAt('r1', caseId)).toBeUndefined();
    expect(await m.customerSentAt('m1', caseId)).toBe(AT);
  });

  it('records events with their data as JSON', async () => {
    const sql = await openDb();
    await caseEvents(sql).record('case-1', { kind: 'status', data: { from: 'open', to: 'resolved' } }, AT, 'lucia');
    expect(await sql.rows('SELECT kind, by, data FROM case_events')).toEqual([{ kind: 'status', by: 'lucia', data: '{"from":"open","to":"resolved"}' }]);
  });
});

describe('case numbers on PostgreSQL', () => {
  it('gives two transactions opening a case at once two numbers', async () => {
    const pool = new pg.Pool({ connectionString: await postgresDatabase(), types: pgTypes });
    try {
      await withCustomer(pgSql(pool));
      const [a, b] = [await pool.connect(), await pool.connect()];
      try {
        await Promise.all([a.query('BEGIN'), b.query('BEGIN')]);
        const opened = await Promise.all([open(pgSql(a)), open(pgSql(b))]);
        await Promise.all([a.query('COMMIT'), b.query('COMMIT')]);
        expect(opened.map((o) => o.number).sort()).toEqual([1001, 1002]);
      } finally {
        a.release();
        b.release();
      }
    } finally {
      await pool.end();
    }
  });
});
