import { describe, expect, it } from 'vitest';
import type { WireQaPack } from '../../../protocol/qa.ts';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import { caseRow, customer, message, user } from '../../../../tests/fixtures/server-rows.ts';
import type { Sql } from '../sql.ts';
import { qaPacks } from './qa-packs.ts';

async function seed(sql: Sql): Promise<void> {
  await user(sql, 'ana', { name: 'Ana Ruiz', team: 'north', hiredAt: '2025-01-01' });
  await user(sql, 'bea', { team: 'north' });
  await user(sql, 'sue', { role: 'supervisor', supervises: ['south', 'north'] });
  await customer(sql, 'cu');
  await caseRow(sql, 'k2', { number: 2, customer: 'cu', status: 'resolved', agent: 'ana', updatedAt: '2026-03-02T10:00:00.000Z' });
  await caseRow(sql, 'k1', { number: 1, customer: 'cu', status: 'resolved', agent: 'bea', updatedAt: '2026-03-02T11:00:00.000Z' });
  await caseRow(sql, 'k3', { number: 3, customer: 'cu', status: 'open', agent: 'ana' });
  await message(sql, 'm1', 'k2', { kind: 'customer', sentAt: '2026-03-02T09:00:00.000Z' });
  await message(sql, 'm2', 'k2', { kind: 'reply', author: 'Ana Ruiz', sentAt: '2026-03-02T09:05:00.000Z' });
  await message(sql, 'm3', 'k2', { kind: 'reply', author: 'bea', sentAt: '2026-03-02T09:06:00.000Z' });
  await message(sql, 'm4', 'k2', { kind: 'reply', author: 'bea', sentAt: '2026-03-02T09:07:00.000Z' });
}

const pack = (calibration: WireQaPack['calibration']): WireQaPack => ({
  createdBy: 'sue', createdAt: '2026-03-03T09:00:00.000Z', title: 'March', seed: 's', perAgent: 2, by: [], agents: ['ana'], team: 'north',
  period: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-08T00:00:00.000Z' }, strata: [], cases: [], calibration,
});

describe.each(ENGINES)('QA packs on $engine', (engine) => {
  it('reads members, teams and a case’s facts with who handled it', async () => {
    const sql = await engine.open();
    await seed(sql);
    const packs = qaPacks(sql);
    expect(await packs.member('sue')).toEqual({ username: 'sue', role: 'supervisor', team: null, supervises: ['south', 'north'], hiredAt: null });
    expect(await packs.teams()).toEqual(['north', 'south']);
    expect(await packs.teamAgents('north')).toEqual(['ana', 'bea']);
    const resolved = await packs.resolvedCases(['ana', 'bea'], '2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
    expect(resolved.map((c) => c.caseId)).toEqual(['k1', 'k2']);
    expect(resolved[1]).toMatchObject({
      number: 2, agent: 'ana', hiredAt: '2025-01-01', messages: 4,
      firstCustomerAt: '2026-03-02T09:00:00.000Z', firstReplyAt: '2026-03-02T09:05:00.000Z',
    });
    expect(resolved[1]!.handledBy.sort()).toEqual(['ana', 'bea']);
    expect(resolved[0]).toMatchObject({ handledBy: ['bea'], messages: 0, firstReplyAt: null });
    expect((await packs.cases(['k3', 'k1', 'nope'])).map((c) => c.caseId)).toEqual(['k1', 'k3']);
  });

  it('stores a pack with its reviewers once each, versions growing', async () => {
    const sql = await engine.open();
    const packs = qaPacks(sql);
    const first = await packs.create({ id: 'p1', data: pack(null), reviewers: ['sue', 'bob', 'sue'] });
    const second = await packs.create({ id: 'p2', data: pack({ reviewers: ['bob'], benchmark: 'sue' }), reviewers: ['bob'] });
    expect(second).toBeGreaterThan(first);
    expect(await packs.get('p1')).toEqual({ id: 'p1', data: pack(null), reviewers: ['bob', 'sue'], version: first });
    expect(await packs.get('none')).toBeUndefined();
    await sql.run("INSERT INTO qa_reviews VALUES ('r1', 'p1', 'k2', 'ana', 'sue', '2026-03-04T09:00:00.000Z', '{}', 1)");
    expect(await packs.reviewedIn('2026-03-04T00:00:00.000Z', '2026-03-05T00:00:00.000Z')).toEqual(['k2']);
    expect(await packs.reviewedIn('2026-03-05T00:00:00.000Z', '2026-03-06T00:00:00.000Z')).toEqual([]);
  });
});
