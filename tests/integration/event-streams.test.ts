// An event stream lives only as long as its token: revoked, expired or signed out, the stream is
// closed at once (past its time, at the next heartbeat), so a revoked console stops hearing when
// the organisation's data changes.
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';

let sandbox: RunningSandbox | undefined;
afterEach(() => sandbox?.stop());

/** `username` signs in as `deviceId` and opens the event stream with a plain HTTP client. */
async function listen(username: string, deviceId: string) {
  const login = await fetch(`${sandbox!.url}/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'sandbox', deviceId }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${sandbox!.url}/v1/sync/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
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

const customerWrites = () => sandbox!.control('POST', '/v1/sandbox/inbound', {
  channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550000' }, text: 'Hola', assignTo: 'mateo',
});

describe('event streams', () => {
  it("are closed when the trainer revokes the device, and only that device's", async () => {
    sandbox = await startSandbox();
    const lucia = await listen('lucia', 'console-lucia');
    const mateo = await listen('mateo', 'console-mateo');
    expect(await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia', deviceId: 'console-lucia' })).toEqual({ tokens: 1 });
    expect(await lucia.closed()).toBe(true);
    await customerWrites();
    expect(await mateo.until('event: poke')).toBe(true);
  });

  it('are closed when the trainer expires the session', async () => {
    sandbox = await startSandbox();
    const lucia = await listen('lucia', 'console-lucia');
    await sandbox.control('POST', '/v1/sandbox/expire', { username: 'lucia' });
    expect(await lucia.closed()).toBe(true);
  });

  it('are closed at the next heartbeat when the token stopped holding some other way', async () => {
    sandbox = await startSandbox({ heartbeatMs: 20 });
    const lucia = await listen('lucia', 'console-lucia');
    const mateo = await listen('mateo', 'console-mateo');
    // As a token running out of time would: nothing tells the streams but their heartbeat check.
    sandbox.server.db.prepare("UPDATE tokens SET state = 'expired' WHERE username = 'lucia'").run();
    expect(await lucia.closed()).toBe(true);
    expect(await mateo.until(': heartbeat')).toBe(true);
    await customerWrites();
    expect(await mateo.until('event: poke')).toBe(true);
  });

  it("are closed when the console signs out, and only that session's", async () => {
    sandbox = await startSandbox();
    const lucia = await listen('lucia', 'console-lucia');
    const mateo = await listen('mateo', 'console-mateo');
    const logout = await fetch(`${sandbox.url}/v1/auth/logout`, {
      method: 'POST', headers: { authorization: `Bearer ${lucia.token}`, 'content-type': 'application/json' }, body: '{}',
    });
    expect(logout.status).toBe(204);
    expect(await lucia.closed()).toBe(true);
    await customerWrites();
    expect(await mateo.until('event: poke')).toBe(true);
  });

  it('are closed at the next heartbeat once the access token runs past its time', async () => {
    sandbox = await startSandbox({ heartbeatMs: 20, sessions: { accessMs: 3600_000 } });
    const lucia = await listen('lucia', 'console-lucia');
    expect(await lucia.until(': heartbeat')).toBe(true);
    await sandbox.control('POST', '/v1/sandbox/clock', { now: new Date(sandbox.server.clock.now().getTime() + 3601_000).toISOString() });
    expect(await lucia.closed()).toBe(true);
  });
});
