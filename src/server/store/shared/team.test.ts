import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { caseRow, customer, message, user } from '../../../../tests/fixtures/server-rows.ts';
import { team } from './team.ts';

const t = (minute: number) => `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each(ENGINES)('the team on $engine', (engine) => {
  it('keeps presences, resumes the last choice after a quiet spell, and reads members with their latest', async () => {
    const sql = await engine.open();
    await user(sql, 'ana', { name: 'Ana', team: 'north' });
    await user(sql, 'bea', { name: 'Bea', team: 'north' });
    await user(sql, 'cid', { name: 'Cid', team: 'south' });
    await user(sql, 'sue', { role: 'supervisor', supervises: ['north'] });
    const repo = team(sql);
    await repo.recordPresence('ana', 'busy', t(0));
    await repo.touch('ana', t(30), t(10));
    await repo.recordPresence('bea', 'away', t(0));
    await repo.touch('bea', t(30), t(10));
    await repo.touch('cid', t(30), t(10));
    const states = await sql.rows<{ username: string; state: string; at: string }>('SELECT username, state, at FROM presence ORDER BY id');
    expect(states).toEqual([
      { username: 'ana', state: 'busy', at: t(0) }, { username: 'ana', state: 'away', at: t(10) }, { username: 'ana', state: 'busy', at: t(30) },
      { username: 'bea', state: 'away', at: t(0) },
    ]);
    expect(await repo.lastContact('cid')).toBe(t(30));
    expect(await repo.lastContact('nobody')).toBeNull();
    expect(await repo.supervised('sue')).toEqual(['north']);
    expect(await repo.supervised('ana')).toEqual([]);
    // A disabled agent is still a member, with the cases they hold, and says so.
    await sql.run("UPDATE users SET disabled = 1 WHERE username = 'bea'");
    expect(await repo.members(['north'])).toEqual([
      { username: 'ana', name: 'Ana', team: 'north', disabled: false, lastContact: t(30), presence: { state: 'busy', at: t(30) } },
      { username: 'bea', name: 'Bea', team: 'north', disabled: true, lastContact: t(30), presence: { state: 'away', at: t(0) } },
    ]);
  });

  it('reads open cases oldest waiting first, unwaited last, with the latest customer texts in order', async () => {
    const sql = await engine.open();
    await customer(sql, 'vip', { segment: 'vip', followers: 9000, publicFigure: true });
    await caseRow(sql, 'k1', { number: 1, customer: 'vip', agent: 'ana', waitingSince: t(5) });
    await caseRow(sql, 'k2', { number: 2, customer: 'vip', agent: null, waitingSince: null });
    await caseRow(sql, 'k3', { number: 3, customer: 'vip', agent: 'ana', waitingSince: t(1) });
    await caseRow(sql, 'k4', { number: 4, customer: 'vip', agent: 'bob', waitingSince: t(0) });
    await caseRow(sql, 'k5', { number: 5, customer: 'vip', agent: 'ana', status: 'resolved' });
    // Written out of id order, several at one time: the written order breaks the tie.
    for (const [id, minute] of [['z', 1], ['y', 2], ['x', 2], ['w', 3], ['v', 3], ['u', 4]] as const) {
      await message(sql, id, 'k1', { kind: 'customer', sentAt: t(minute) });
    }
    await message(sql, 'r', 'k1', { kind: 'reply', sentAt: t(9) });
    const repo = team(sql);
    const open = await repo.openCases(['ana'], 10);
    expect(open.map((c) => c.caseId)).toEqual(['k3', 'k1', 'k2']);
    expect(open[1]).toMatchObject({ number: 1, agent: 'ana', waitingSince: t(5), customer: { segment: 'vip', followers: 9000, publicFigure: true } });
    expect(open[1]!.texts).toEqual(['y', 'x', 'w', 'v', 'u']);
    expect(open[0]!.texts).toEqual([]);
    expect((await repo.openCases(['ana'], 1)).map((c) => c.caseId)).toEqual(['k3']);
    expect(await repo.load(['ana', 'bob'])).toEqual(expect.arrayContaining([
      { agent: 'ana', channel: 'email', waitingSince: t(5) }, { agent: 'ana', channel: 'email', waitingSince: t(1) },
      { agent: 'bob', channel: 'email', waitingSince: t(0) },
    ]));
    expect(await repo.load(['ana', 'bob'])).toHaveLength(3);
  });
});
