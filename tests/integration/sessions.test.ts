// A console's session against a real server: an expired access token renewed once and the call
// repeated, a reused refresh token refused, signing in again after the refresh token expired with
// the outbox kept (each queued reply delivered exactly once), and signing out. On either engine
// (the sandbox's SQLite, an organisation's PostgreSQL), but for the offline limit, which needs the
// sandbox's clock, and an outage, which the sandbox fixture stages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProfile, type TestProfile } from '../fixtures/services.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { ENGINE_SERVERS, type ServerUnderTest } from '../fixtures/servers.ts';
import { secretAccount } from '../../src/main/profiles.ts';
import { decodeTokens } from '../../src/main/session-tokens.ts';
import { signIn } from '../../src/main/services.ts';
import type { Sql } from '../../src/server/store/sql.ts';

const HOUR = 3600_000;
let dir: ReturnType<typeof tempDir>;
let lucia: TestProfile;

const stored = async () => decodeTokens(await lucia.services.secrets.get(secretAccount(lucia.services.profile)));
const queueReply = (text: string) => lucia.services.commands.sendReply(lucia.services.store.cases.inbox('lucia', { limit: 1 })[0]!.id, text);
const deliveredOn = async (sql: Sql, text: string) => sql.rows('SELECT id FROM outbound WHERE text = ?', text);
const refreshOn = (url: string, refreshToken: string) => fetch(`${url}/v1/auth/refresh`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken }),
});

/**
 * `ms` go by for the sessions: every token's and refresh token's expiry comes `ms` closer. An
 * organisation's server keeps real time, so this is how a test ages its sessions on both engines;
 * expiry by the sandbox's clock has its own tests (src/server/routes/auth.test.ts).
 */
async function age(sql: Sql, ms: number): Promise<void> {
  for (const table of ['tokens', 'refresh_tokens'] as const) {
    const key = table === 'tokens' ? 'token' : 'hash';
    const rows = await sql.rows<{ key: string; expiresAt: string }>(`SELECT ${key} AS "key", expires_at AS "expiresAt" FROM ${table} WHERE expires_at IS NOT NULL`);
    for (const row of rows) {
      await sql.run(`UPDATE ${table} SET expires_at = ? WHERE ${key} = ?`, new Date(Date.parse(row.expiresAt) - ms).toISOString(), row.key);
    }
  }
}

describe.each(ENGINE_SERVERS)('on $engine', (engine) => {
  let server: ServerUnderTest;

  beforeEach(async () => {
    server = await engine.start();
    dir = tempDir();
    lucia = await openProfile(server, dir.path);
    await lucia.services.syncOnce();
  });
  afterEach(async () => {
    lucia.services.close();
    await server.stop();
    dir.remove();
  });

  const advance = (ms: number) => age(server.sql, ms);
  const delivered = (text: string) => deliveredOn(server.sql, text);
  const refresh = (refreshToken: string) => refreshOn(server.url, refreshToken);

  describe('an expired access token', () => {
    it('is renewed once, transparently, and the queued reply is delivered exactly once', async () => {
      const before = await stored();
      expect(before?.refreshToken).toEqual(expect.any(String));
      queueReply('Escrita con la sesión por vencer');
      await advance(13 * HOUR);

      await lucia.services.syncOnce();
      expect(lucia.services.engine.status.state).toBe('idle');
      expect(await delivered('Escrita con la sesión por vencer')).toHaveLength(1);
      const after = await stored();
      expect(after?.token).not.toBe(before?.token);
      expect(after?.refreshToken).not.toBe(before?.refreshToken);

      await lucia.services.syncOnce();
      expect(await delivered('Escrita con la sesión por vencer')).toHaveLength(1);
    });

    it('is renewed once when several calls meet it together', async () => {
      await advance(13 * HOUR);
      const [pulled, found] = await Promise.all([lucia.services.syncOnce(), lucia.services.api.searchCustomers('Ana')]);
      expect(pulled.pages).toBeGreaterThan(0);
      expect(found.customers).toBeDefined();
      expect(lucia.services.engine.status.state).toBe('idle');
    });
  });

  describe('a refresh token', () => {
    it('used twice is refused, and ends the session: the agent signs in again and nothing is lost', async () => {
      const first = await stored();
      await advance(13 * HOUR);
      await lucia.services.syncOnce(); // renews with first.refreshToken

      // A copy of the old refresh token (a stolen laptop backup, say) is refused, and ends the session.
      const reused = await refresh(first!.refreshToken!);
      expect(reused.status).toBe(401);
      expect(await reused.json()).toMatchObject({ error: 'refresh_refused' });

      queueReply('Escrita después del robo');
      await expect(lucia.services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized' });
      expect(lucia.services.engine.status.state).toBe('signed_out');
      expect(lucia.services.store.outbox.counts().pending).toBe(1);
      await lucia.services.signIn('sandbox');
      await lucia.services.syncOnce();
      expect(await delivered('Escrita después del robo')).toHaveLength(1);
    });

    it('past 30 days asks the agent to sign in again, keeping the outbox; the reply goes once after', async () => {
      queueReply('Escrita antes de las vacaciones');
      await advance(31 * 24 * HOUR);
      await expect(lucia.services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized' });
      expect(lucia.services.engine.status).toMatchObject({ state: 'signed_out', pending: 1 });
      expect(await delivered('Escrita antes de las vacaciones')).toHaveLength(0);

      await lucia.services.signIn('sandbox');
      await lucia.services.syncOnce();
      await lucia.services.syncOnce();
      expect(await delivered('Escrita antes de las vacaciones')).toHaveLength(1);
      expect(lucia.services.store.outbox.counts().pending).toBe(0);
    });
  });

  describe('signing out', () => {
    it('ends the session on the server: the token and its refresh token stop working', async () => {
      const tokens = await stored();
      expect(await lucia.services.logout()).toBe(true);
      await expect(lucia.services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized' });
      expect((await refresh(tokens!.refreshToken!)).status).toBe(401);
    });
  });
});

// The offline limit goes by the server's clock, which only the sandbox lets a test move; and the
// sandbox fixture alone stages an outage.
describe('on the sandbox', () => {
  let sandbox: RunningSandbox;

  beforeEach(async () => {
    sandbox = await startSandbox();
    dir = tempDir();
    lucia = await openProfile(sandbox, dir.path);
    await lucia.services.syncOnce();
  });
  afterEach(async () => {
    lucia.services.close();
    await sandbox.stop();
    dir.remove();
  });

  const advance = (ms: number) => sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(sandbox.server.clock.now().getTime() + ms).toISOString() });
  const delivered = async (text: string) => (await sandbox.outbound()).filter((m) => m.text === text);
  const refresh = (refreshToken: string) => refreshOn(sandbox.url, refreshToken);

  describe('a cache locked by the offline limit', () => {
    it('renews nothing: the refresh token waits for the agent to sign in again, which alone opens the cache', async () => {
      await sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: { version: 1, maxOfflineDays: 14 } });
      await lucia.services.syncOnce();
      const before = await stored();
      queueReply('Escrita tras dos semanas sin conexión');
      await advance(15 * 24 * HOUR);
      await expect(lucia.services.syncOnce()).rejects.toMatchObject({ code: 'cache_locked' });
      expect(lucia.services.engine.status).toMatchObject({ state: 'locked', pending: 1 });

      // The access token expired meanwhile: a call that meets it renews nothing, and the cache stays locked.
      await expect(lucia.services.api.searchCustomers('Ana')).rejects.toMatchObject({ code: 'cache_locked' });
      expect(await stored()).toEqual(before);
      expect(lucia.services.engine.locked).toBe(true);
      expect(await delivered('Escrita tras dos semanas sin conexión')).toHaveLength(0);

      await lucia.services.signIn('sandbox');
      expect(lucia.services.engine.locked).toBe(false);
      await lucia.services.syncOnce();
      expect(await delivered('Escrita tras dos semanas sin conexión')).toHaveLength(1);
    });

    it('is not renewed on coming back past the limit with nothing to send: the cache locks first', async () => {
      await sandbox.control('POST', '/v1/sandbox/settings', { id: 'retention', value: { version: 1, maxOfflineDays: 14 } });
      await lucia.services.syncOnce();
      const before = await stored();
      await advance(15 * 24 * HOUR);

      await expect(lucia.services.syncOnce()).rejects.toMatchObject({ code: 'cache_locked' });
      expect(lucia.services.engine.status.state).toBe('locked');
      expect(await stored()).toEqual(before);
      // The refresh token was never spent: it still works for whoever holds it.
      expect((await refresh(before!.refreshToken!)).status).toBe(200);
    });
  });

  describe('signing out', () => {
    it('still signs out here when the server cannot be reached', async () => {
      await sandbox.goOffline();
      expect(await lucia.services.logout()).toBe(false);
      await lucia.services.wipe();
      await sandbox.restart();
    });
  });
});

describe('the transport', () => {
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('refuses plain http to a public address before sending anything', async () => {
    // 198.51.100.0/24 is reserved for documentation: were anything sent, this would fail as unreachable instead.
    await expect(signIn({ server: 'http://198.51.100.7:4010', username: 'lucia', password: 'sandbox', profileDir: `${dir.path}/public` }))
      .rejects.toMatchObject({ code: 'insecure_server', message: expect.stringMatching(/^Atiende connects only to https:\/\/ servers/) as unknown });
  });
});
