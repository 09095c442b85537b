// Sessions on the real sandbox over loopback: tokens that expire by the sandbox clock, renewal
// that rotates, logout, and a database copy that signs no one in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';

let sandbox: RunningSandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(() => sandbox.stop());

const post = async (path: string, body: unknown, token?: string) => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as Record<string, string> };
};
const login = async () => (await post('/v1/auth/login', { username: 'lucia', password: 'sandbox', deviceId: 'device-1' })).body;
const pull = (token: string) => post('/v1/sync/pull', { cursor: null, limit: 1 }, token);
const advance = (ms: number) => sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(sandbox.server.clock.now().getTime() + ms).toISOString() });
const HOUR = 3600_000;

describe('signing in', () => {
  it('answers an access token for 12 hours, a refresh token for 30 days, and that it is a sandbox', async () => {
    const answer = await login();
    const now = Date.parse(answer.serverNow!);
    expect(Date.parse(answer.expiresAt!) - now).toBe(12 * HOUR);
    expect(Date.parse(answer.refreshExpiresAt!) - now).toBe(30 * 24 * HOUR);
    expect(answer).toMatchObject({ sandbox: true });
    expect(answer.refreshToken).not.toBe(answer.token);
  });

  it('keeps only hashes: the tokens in a copy of the database sign no one in', async () => {
    const answer = await login();
    const stored = sandbox.server.db.prepare<[], { token: string }>('SELECT token FROM tokens').all().map((r) => r.token);
    const refresh = sandbox.server.db.prepare<[], { hash: string }>('SELECT hash FROM refresh_tokens').all().map((r) => r.hash);
    expect(stored).not.toContain(answer.token);
    expect(refresh).not.toContain(answer.refreshToken);
    for (const copied of [...stored, ...refresh]) {
      expect((await pull(copied)).status).toBe(401);
      expect((await post('/v1/auth/refresh', { refreshToken: copied })).status).toBe(401);
    }
  });
});

describe('expiry and renewal', () => {
  it('refuses an access token past 12 hours of the sandbox clock with token_expired, and renews it once', async () => {
    const first = await login();
    expect((await pull(first.token!)).status).toBe(200);
    await advance(12 * HOUR + 1000);
    expect(await pull(first.token!)).toMatchObject({ status: 401, body: { error: 'token_expired' } });

    const renewed = await post('/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(renewed.status).toBe(200);
    expect((await pull(renewed.body.token!)).status).toBe(200);
    expect(renewed.body.refreshToken).not.toBe(first.refreshToken);

    // Rotation: the old refresh token worked once. Presented again it ends the whole session.
    expect(await post('/v1/auth/refresh', { refreshToken: first.refreshToken })).toMatchObject({ status: 401, body: { error: 'refresh_refused' } });
    expect(await post('/v1/auth/refresh', { refreshToken: renewed.body.refreshToken })).toMatchObject({ status: 401, body: { error: 'refresh_refused' } });
    expect(await pull(renewed.body.token!)).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
  });

  it('refuses a refresh token past 30 days: only signing in again helps', async () => {
    const first = await login();
    await advance(30 * 24 * HOUR + 1000);
    expect(await post('/v1/auth/refresh', { refreshToken: first.refreshToken })).toMatchObject({
      status: 401, body: { error: 'refresh_refused', message: expect.stringMatching(/expired/) as unknown },
    });
    expect((await pull((await login()).token!)).status).toBe(200);
  });

  it('ends refresh tokens too when a trainer expires a device', async () => {
    const first = await login();
    await sandbox.control('POST', '/v1/sandbox/expire', { username: 'lucia', deviceId: 'device-1' });
    expect(await pull(first.token!)).toMatchObject({ status: 401, body: { error: 'token_expired' } });
    expect((await post('/v1/auth/refresh', { refreshToken: first.refreshToken })).status).toBe(401);
  });
});

describe('signing out', () => {
  it('revokes the calling token and its refresh token, and no other session', async () => {
    const mine = await login();
    const other = await login();
    expect((await post('/v1/auth/logout', {}, mine.token)).status).toBe(204);
    expect(await pull(mine.token!)).toMatchObject({ status: 401, body: { error: 'unauthorized' } });
    expect((await post('/v1/auth/refresh', { refreshToken: mine.refreshToken })).status).toBe(401);
    expect((await pull(other.token!)).status).toBe(200);
    expect((await post('/v1/auth/logout', {}, mine.token)).status).toBe(401);
  });

  it('signs out with an access token past its 12 hours, ending the refresh token: a console leaves without renewing', async () => {
    const mine = await login();
    await advance(12 * HOUR + 1000);
    expect((await post('/v1/auth/logout', {}, mine.token)).status).toBe(204);
    expect(await post('/v1/auth/refresh', { refreshToken: mine.refreshToken })).toMatchObject({ status: 401, body: { error: 'refresh_refused' } });
  });

  it("refuses a revoked device's token and keeps it, so its console still learns of the revocation", async () => {
    const mine = await login();
    await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia', deviceId: 'device-1' });
    expect(await post('/v1/auth/logout', {}, mine.token)).toMatchObject({ status: 403, body: { error: 'device_revoked' } });
    expect(await pull(mine.token!)).toMatchObject({ status: 403, body: { error: 'device_revoked' } });
  });
});
