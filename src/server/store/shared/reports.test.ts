import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { caseRow, customer, message } from '../../../../tests/fixtures/server-rows.ts';
import { reports } from './reports.ts';

const t = (hour: number) => `2026-03-02T${String(hour).padStart(2, '0')}:00:00.000Z`;
const event = 'INSERT INTO case_events (case_id, kind, at, by, data) VALUES (?, ?, ?, NULL, ?)';

describe.each(ENGINES)('the reports on $engine', (engine) => {
  it('finds cases opened or resolved in the period, with their status changes, threads and flags', async () => {
    const sql = await engine.open();
    await customer(sql, 'cu');
    await caseRow(sql, 'opened', { number: 1, customer: 'cu', agent: 'ana', createdAt: t(10) });
    await caseRow(sql, 'resolved', { number: 2, customer: 'cu', agent: 'ana', createdAt: t(1), status: 'resolved', updatedAt: t(12) });
    await caseRow(sql, 'quiet', { number: 3, customer: 'cu', agent: 'ana', createdAt: t(1), status: 'resolved', updatedAt: t(12) });
    await caseRow(sql, 'other', { number: 4, customer: 'cu', agent: 'bob', createdAt: t(10) });
    await sql.run(event, 'resolved', 'status', t(11), JSON.stringify({ from: 'open', to: 'resolved' }));
    await sql.run(event, 'quiet', 'status', t(11), JSON.stringify({ from: 'open', to: 'pending' }));
    const repo = reports(sql);
    expect((await repo.cases(['ana'], t(9), t(13))).map((c) => [c.id, c.peerAnswered])).toEqual([['opened', false], ['resolved', false]]);
    expect(await repo.statusChanges(['resolved', 'quiet'])).toEqual([
      { caseId: 'quiet', from: 'open', to: 'pending', at: t(11) }, { caseId: 'resolved', from: 'open', to: 'resolved', at: t(11) },
    ]);
    // Two messages at one time keep the order they were written in.
    await message(sql, 'b', 'opened', { kind: 'customer', sentAt: t(10), text: 'first' });
    await message(sql, 'a', 'opened', { kind: 'reply', sentAt: t(10), text: 'second' });
    await sql.run("UPDATE messages SET promo = 'post' WHERE id = 'b'");
    await sql.run("INSERT INTO csat_surveys (case_id, channel, language, message_id, sent_at, answer_message_id) VALUES ('opened', 'email', 'es', 'a', ?, 'b')", t(10));
    expect(await repo.messages(['opened'])).toEqual([
      { caseId: 'opened', kind: 'customer', text: 'first', sentAt: t(10), noise: null, promo: true, restored: false, csatAnswer: true },
      { caseId: 'opened', kind: 'reply', text: null, sentAt: t(10), noise: null, promo: false, restored: false, csatAnswer: false },
    ]);
  });

  it('reads a post’s channel from its data for a like, and the presence from the state in force', async () => {
    const sql = await engine.open();
    await sql.run("INSERT INTO listening_posts VALUES ('p1', ?, 1)", JSON.stringify({ channel: 'instagram' }));
    await sql.run("INSERT INTO reactions VALUES ('p1', 'like', 'ana', ?)", t(10));
    await sql.run("INSERT INTO reactions VALUES ('gone', 'like', 'ana', ?)", t(11));
    expect(await reports(sql).likes(['ana'], t(9), t(12))).toEqual([
      { username: 'ana', at: t(10), channel: 'instagram', case: null }, { username: 'ana', at: t(11), channel: 'none', case: null },
    ]);
    for (const [state, hour] of [['busy', 1], ['available', 8], ['away', 10], ['busy', 13]] as const) {
      await sql.run('INSERT INTO presence (username, state, at) VALUES (?, ?, ?)', 'ana', state, t(hour));
    }
    expect((await reports(sql).presence(['ana'], t(9), t(12))).rows.map((r) => r.state)).toEqual(['available', 'away']);
  });
});
