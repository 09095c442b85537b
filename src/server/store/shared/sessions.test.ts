// Sign-in's tokens and the customer directory, written once, on both engines.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../../tests/fixtures/engines.ts';
import type { Sql } from '../sql.ts';
import { directory, sessions } from './sessions.ts';

const AT = '2026-01-01T00:00:00Z';
const session = (n: number) => ({
  accessHash: `access-${n}`, refreshHash: `refresh-${n}`, at: AT, expiresAt: '2026-01-01T01:00:00Z', refreshExpiresAt: '2026-01-02T00:00:00Z',
});

async function withAgent(sql: Sql): Promise<void> {
  await sql.run("INSERT INTO users (username, name, role, password, version) VALUES ('lucia', 'Lucía', 'agent', 'hash', 1)");
  // The console's client id, bound to its device.
  await sql.run("INSERT INTO clients VALUES ('client-1', 'lucia', 0)");
  await sql.run("INSERT INTO client_devices (client_id, device_id) VALUES ('client-1', 'laptop')");
}

describe.each(ENGINES)('sessions on $engine', (engine) => {
  const open = async () => {
    const sql = await engine.open();
    await withAgent(sql);
    return { sql, repo: sessions(sql, (work) => work(sql)) };
  };

  it('signs in on the device a client id stands for, and ends one device\'s tokens or all', async () => {
    const { sql, repo } = await open();
    expect(await repo.account('lucia')).toEqual({ username: 'lucia', name: 'Lucía', role: 'agent', password: 'hash', disabled: false });
    await repo.open({ ...session(1), family: 'f-1', username: 'lucia', deviceId: 'client-1' });
    await repo.issue({ token: 'old', username: 'lucia', deviceId: 'phone', at: AT });
    expect(await repo.find('access-1')).toEqual({
      username: 'lucia', state: 'valid', role: 'agent', scopeFrom: 0, deviceId: 'laptop', family: 'f-1', expiresAt: '2026-01-01T01:00:00Z',
    });
    expect(await repo.find('old')).toMatchObject({ deviceId: 'phone', family: null, expiresAt: null });
    expect(await repo.end('lucia', 'client-1', 'revoked')).toBe(1);
    expect(await repo.find('access-1')).toMatchObject({ state: 'revoked' });
    expect(await sql.row("SELECT state FROM refresh_tokens WHERE hash = 'refresh-1'")).toEqual({ state: 'ended' });
    expect(await repo.find('old')).toMatchObject({ state: 'valid' });
    expect(await repo.end('lucia', null, 'expired')).toBe(1);
    expect(await repo.revokeClients('lucia', 'laptop', AT)).toBe(1);
    expect(await repo.revokeClients('lucia', null, AT)).toBe(0);
  });

  it('renews a refresh token once; presented again it ends the whole sign-in', async () => {
    const { repo } = await open();
    await repo.open({ ...session(1), family: 'f-1', username: 'lucia', deviceId: null });
    expect(await repo.rotate('refresh-1', AT, session(2))).toEqual({ outcome: 'renewed', username: 'lucia' });
    expect(await repo.find('access-2')).toMatchObject({ family: 'f-1', state: 'valid' });
    expect(await repo.rotate('refresh-2', '2026-01-03T00:00:00Z', session(3))).toEqual({ outcome: 'expired' });
    expect(await repo.rotate('refresh-1', AT, session(4))).toEqual({ outcome: 'reused' });
    expect(await repo.find('access-2')).toBeUndefined();
    expect(await repo.rotate('refresh-2', AT, session(5))).toEqual({ outcome: 'unknown' });
    expect(await repo.rotate('nothing', AT, session(6))).toEqual({ outcome: 'unknown' });
  });

  it('signs out a sign-in\'s family, or a token from before refresh tokens', async () => {
    const { repo } = await open();
    await repo.open({ ...session(1), family: 'f-1', username: 'lucia', deviceId: null });
    await repo.issue({ token: 'old', username: 'lucia', deviceId: null, at: AT });
    expect(await repo.signOut('access-1')).toBe(true);
    expect(await repo.rotate('refresh-1', AT, session(2))).toEqual({ outcome: 'unknown' });
    expect(await repo.signOut('old')).toBe(true);
    expect(await repo.find('old')).toBeUndefined();
    expect(await repo.signOut('old')).toBe(false);
  });
});

describe.each(ENGINES)('the customer directory on $engine', (engine) => {
  it('finds active records by words or shared accounts, by name, with their accounts', async () => {
    const sql = await engine.open();
    const customer = (id: string, name: string, mergedInto: string | null) => sql.run(
      "INSERT INTO customers (id, name, segment, followers, public_figure, language, version, merged_into) VALUES (?, ?, 'new', 0, 0, 'es', 1, ?)",
      id, name, mergedInto);
    const identity = (id: string, customerId: string, channel: string, handle: string, validated: number) => sql.run(
      'INSERT INTO identities VALUES (?, ?, ?, ?, ?, 1)', id, customerId, channel, handle, validated);
    await customer('cus-2', 'Marta Ruiz', null);
    await customer('cus-1', 'Marta Gil', null);
    await customer('cus-3', 'Marta Old', 'cus-1');
    await customer('cus-4', 'Pedro', null);
    await identity('cus-1.1', 'cus-1', 'whatsapp', '+34 600 111 222', 1);
    await identity('cus-1.2', 'cus-1', 'email', 'marta@example.com', 0);
    await identity('cus-4.1', 'cus-4', 'sms', '600111333', 0);
    const search = (request: { query: string; keys: string[] }) => directory(sql).search(request);
    expect(await search({ query: 'marta', keys: [] })).toEqual([
      { id: 'cus-1', name: 'Marta Gil', segment: 'new', identities: [
        { channel: 'whatsapp', handle: '+34 600 111 222', validated: true }, { channel: 'email', handle: 'marta@example.com', validated: false },
      ] },
      { id: 'cus-2', name: 'Marta Ruiz', segment: 'new', identities: [] },
    ]);
    expect((await search({ query: '', keys: ['phone:600111333'] })).map((c) => c.id)).toEqual(['cus-4']);
  });
});
