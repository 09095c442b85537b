// An event stream lives only as long as its token: revoked, expired or signed out, the stream is
// closed at once (past its time, at the next heartbeat), so a revoked console stops hearing when
// the organisation's data changes. On either engine (the sandbox's SQLite, an organisation's
// PostgreSQL), but for the trainer's controls, which only the sandbox has.
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_SERVERS, type ServerOptions, type ServerUnderTest } from '../fixtures/servers.ts';
import { startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';

/** `username` signs in as `deviceId` on the server at `url` and opens the event stream with a plain HTTP client. */
async function listen(url: string, username: string, deviceId: string) {
  const login = await fetch(`${url}/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'sandbox', deviceId }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${url}/v1/sync/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  /** Reads until `text` arrives; false when the server closed the stream first. */
  const until = async (text: string): Promise<boolean> => {
    while (!buffer.includes(text)) {
      const { value, done } = await reader.read();
      if (done) return false;
      buffer += decoder.decode(value, { stream: true });
    }
    buffer = buffer.slice(buffer.indexOf(text) + text.length);
    return true;
  };
  expect(await until(': connected')).toBe(true);
  return { token, until, closed: async () => !(await until('\u0000never sent')) };
}

const ANA_WRITES = { channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550000' }, text: 'Hola' };

describe.each(ENGINE_SERVERS)('event streams on $engine', (engine) => {
  let server: ServerUnderTest | undefined;
  afterEach(() => server?.stop());

  const start = async (options?: ServerOptions) => {
    server = await engine.start(options);
    return server;
  };
  const customerWrites = async () => expect((await server!.customerWrites(ANA_WRITES)).status).toBeLessThan(300);

  it('are closed at the next heartbeat when the token stopped holding some other way', async () => {
    const { url, sql } = await start({ heartbeatMs: 20 });
    const lucia = await listen(url, 'lucia', 'console-lucia');
    const mateo = await listen(url, 'mateo', 'console-mateo');
    // As a token running out of time would: nothing tells the streams but their heartbeat check.
    await sql.run("UPDATE tokens SET state = 'expired' WHERE username = 'lucia'");
    expect(await lucia.closed()).toBe(true);
    expect(await mateo.until(': heartbeat')).toBe(true);
    await customerWrites();
    expect(await mateo.until('event: poke')).toBe(true);
  });

  it("are closed when the console signs out, and only that session's", async () => {
    const { url } = await start();
    const lucia = await listen(url, 'lucia', 'console-lucia');
    const mateo = await listen(url, 'mateo', 'console-mateo');
    const logout = await fetch(`${url}/v1/auth/logout`, {
      method: 'POST', headers: { authorization: `Bearer ${lucia.token}`, 'content-type': 'application/json' }, body: '{}',
    });
    expect(logout.status).toBe(204);
    expect(await lucia.closed()).toBe(true);
    await customerWrites();
    expect(await mateo.until('event: poke')).toBe(true);
  });

  it("are closed, by the next heartbeat at the latest, once the device is revoked, and only that device's", async () => {
    // An organisation's server has no revoke control: there the device's rows are revoked through its store.
    const { url } = await start({ heartbeatMs: 20 });
    const lucia = await listen(url, 'lucia', 'console-lucia');
    const mateo = await listen(url, 'mateo', 'console-mateo');
    expect(await server!.endSessions('revoked', 'lucia', 'console-lucia')).toBe(1);
    expect(await lucia.closed()).toBe(true);
    await customerWrites();
    expect(await mateo.until('event: poke')).toBe(true);
  });

  it('are closed at the next heartbeat once the access token is past its time', async () => {
    const { url, sql } = await start({ heartbeatMs: 20 });
    const lucia = await listen(url, 'lucia', 'console-lucia');
    expect(await lucia.until(': heartbeat')).toBe(true);
    // As an hour passing would for a token that lives an hour (an organisation's server keeps real time).
    expect(await sql.run("UPDATE tokens SET expires_at = ? WHERE username = 'lucia'", new Date(Date.now() - 1000).toISOString())).toBe(1);
    expect(await lucia.closed()).toBe(true);
  });
});

// The sandbox's trainer controls close the streams at once (no heartbeat due), and its clock moves
// a token past its time: an organisation's server has neither.
describe('event streams on the sandbox', () => {
  let sandbox: RunningSandbox | undefined;
  afterEach(() => sandbox?.stop());

  const customerWrites = () => sandbox!.control('POST', '/v1/sandbox/inbound', { ...ANA_WRITES, assignTo: 'mateo' });

  it("are closed when the trainer revokes the device, and only that device's", async () => {
    sandbox = await startSandbox();
    const lucia = await listen(sandbox.url, 'lucia', 'console-lucia');
    const mateo = await listen(sandbox.url, 'mateo', 'console-mateo');
    expect(await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia', deviceId: 'console-lucia' })).toEqual({ tokens: 1 });
    expect(await lucia.closed()).toBe(true);
    await customerWrites();
    expect(await mateo.until('event: poke')).toBe(true);
  });

  it('are closed when the trainer expires the session', async () => {
    sandbox = await startSandbox();
    const lucia = await listen(sandbox.url, 'lucia', 'console-lucia');
    await sandbox.control('POST', '/v1/sandbox/expire', { username: 'lucia' });
    expect(await lucia.closed()).toBe(true);
  });

  it('are closed at the next heartbeat once the access token runs past its time', async () => {
    sandbox = await startSandbox({ heartbeatMs: 20, sessions: { accessMs: 3600_000 } });
    const lucia = await listen(sandbox.url, 'lucia', 'console-lucia');
    expect(await lucia.until(': heartbeat')).toBe(true);
    await sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(sandbox.server.clock.now().getTime() + 3601_000).toISOString() });
    expect(await lucia.closed()).toBe(true);
  });
});
