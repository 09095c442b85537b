// Hostile requests against the browser harness (src/main/harness/server.ts): its JSON bridge
// for the console contract, its event stream and its static files, with the harness signed in
// to a real sandbox. A refusal is a 4xx (or the contract's `{ok: false}`) with an error code,
// the signed-in session is unchanged, and the harness answers a plain call afterwards.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../../src/main/harness/server.ts';
import { HOSTILE_TEXTS, HUGE_BODY, MALFORMED_BODIES } from '../fixtures/hostile-payloads.ts';
import { send, sendBytes, sent, type RawResponse } from '../fixtures/raw-http.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';

/**
 * Fixes a case waits for: the case is skipped while its entry is true, and runs as written once
 * the fix is in and the entry false.
 */
const AWAITING = {
  /** A folder of the renderer answers 404, as anything missing does. */
  foldersAre404: false,
};
const pendingUntil = (awaited: boolean) => (awaited ? it.skip : it);
/** Over every text limit of the contract, under the bridge's 1 MiB body limit. */
const HALF_MB = 'A'.repeat(512 * 1024);
/** The bridge reads only JSON bodies: every body below is sent as JSON, whatever it holds. */
const JSON_TYPE = { 'content-type': 'application/json' };

let sandbox: RunningSandbox;
let harness: Harness;
let base: string;
const profiles = tempDir('atiende-hostile-profiles-');
const renderer = mkdtempSync(join(tmpdir(), 'atiende-hostile-renderer-'));

/** A contract call through the bridge, with the harness's token unless `headers` say otherwise. */
const rpc = (operation: string, input: unknown, headers: Record<string, string> = { 'x-atiende-token': harness.token }) =>
  send(base, { method: 'POST', path: `/rpc/${operation}`, headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(input) });

/** A plain call, not counted as hostile: the profile the harness is signed in with (its sync status moves on). */
async function session(): Promise<unknown> {
  const res = await send(base, { method: 'POST', path: '/rpc/getSession', headers: { ...JSON_TYPE, 'x-atiende-token': harness.token }, body: '{}', probe: true });
  expect(res.status).toBe(200);
  return (res.json as { value: { profile: unknown } }).value.profile;
}

/** Refused: the status, a JSON body `{ok: false, error: {code}}`, the session and the profiles as they were. */
async function expectRefused(request: () => Promise<RawResponse>, status: number | readonly number[], code?: string): Promise<void> {
  const before = [await session(), readdirSync(profiles.path)];
  const res = await request();
  expect(typeof status === 'number' ? [status] : status, `${res.status} ${res.text.slice(0, 300)}`).toContain(res.status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  expect(res.json).toMatchObject({ ok: false, error: { code: code ?? expect.stringMatching(/^[a-z_]+$/) } });
  expect([await session(), readdirSync(profiles.path)]).toEqual(before);
}

beforeAll(async () => {
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><head><script type="module" src="./assets/app.js"></script></head>');
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export {};');
  sandbox = await startSandbox();
  harness = new Harness({ profilesRoot: profiles.path, rendererDir: renderer });
  base = new URL(await harness.listen(0)).origin;
  const connected = await rpc('connect', { server: sandbox.url, username: 'lucia', password: 'sandbox' });
  expect(connected.json, connected.text.slice(0, 300)).toMatchObject({ ok: true });
  expect((await rpc('syncNow', {})).json).toMatchObject({ ok: true });
});
afterAll(async () => {
  expect(await session()).toMatchObject({ username: 'lucia' });
  await harness.close();
  await sandbox.stop();
  profiles.remove();
});

describe('the bridge without its token', () => {
  const BAD_TOKENS: Record<string, () => Record<string, string>> = {
    'no token': () => ({}),
    'an empty token': () => ({ 'x-atiende-token': '' }),
    'a wrong token of the right length': () => ({ 'x-atiende-token': 'f'.repeat(harness.token.length) }),
    'the token upper-cased': () => ({ 'x-atiende-token': harness.token.toUpperCase() }),
    'the token with one more character': () => ({ 'x-atiende-token': `${harness.token}0` }),
    'the token as a bearer': () => ({ authorization: `Bearer ${harness.token}` }),
  };
  const OPERATIONS: [string, unknown][] = [
    ['getSession', {}], ['listInbox', {}], ['signOut', {}], ['openSandbox', {}], ['syncNow', {}],
    ['connect', { server: 'http://127.0.0.1:9', username: 'x', password: 'y' }], ['nope', {}],
  ];
  const cases = OPERATIONS.flatMap(([operation, input]) => Object.keys(BAD_TOKENS).map((name) => [operation, name, input] as const));

  it.each(cases)('refuses %s with %s', async (operation, name, input) => {
    await expectRefused(() => rpc(operation, input, BAD_TOKENS[name]!()), 401, 'unauthorized');
  });

  it.each(['', '?token=', '?token=nope', `?token=${'f'.repeat(48)}`, '?Token=x'])('refuses the event stream with %j', async (query) => {
    await expectRefused(() => send(base, { method: 'GET', path: `/events${query}`, headers: { 'x-atiende-token': harness.token } }), 401, 'unauthorized');
  });
});

describe('methods and operations that do not exist', () => {
  const methods = ['PUT', 'PATCH', 'DELETE', 'OPTIONS'].flatMap((method) => ['/', '/rpc/getSession', '/events', '/index.html'].map((path) => [method, path] as const));

  it.each([...methods, ['POST', '/'] as const, ['POST', '/events'] as const])('answers %s %s 405', async (method, path) => {
    await expectRefused(() => send(base, { method, path, headers: { 'x-atiende-token': harness.token } }), 405, 'method_not_allowed');
  });

  it.each(['', 'nope', 'GETSESSION', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'getSession/x', '%00', '..%2fgetSession'])(
    'answers /rpc/%s unknown_operation', async (operation) => {
      await expectRefused(() => rpc(operation, {}), 200, 'unknown_operation');
    });
});

describe('broken bodies on the bridge', () => {
  it.each(Object.entries(MALFORMED_BODIES).filter(([, { code }]) => code === 'bad_json'))('refuses %s with 400', async (_name, { body }) => {
    await expectRefused(() => send(base, { method: 'POST', path: '/rpc/listInbox', headers: { ...JSON_TYPE, 'x-atiende-token': harness.token }, body }), 400, 'bad_request');
  });

  it.each([['a string', '"hola"'], ['an array', '[]'], ['a number out of range', '1e999'], ['an unknown field', '{"a":1}'], ['100 000 levels', MALFORMED_BODIES['deeply nested (100 000 levels)']!.body]])(
    'answers %s as input with invalid_input', async (_name, body) => {
      await expectRefused(() => send(base, { method: 'POST', path: '/rpc/getSession', headers: { ...JSON_TYPE, 'x-atiende-token': harness.token }, body }), 200, 'invalid_input');
    });

  it('refuses a body over 1 MiB with 413', async () => {
    await expectRefused(() => send(base, { method: 'POST', path: '/rpc/getSession', headers: { ...JSON_TYPE, 'x-atiende-token': harness.token }, body: HUGE_BODY }), 413, 'too_large');
  });
});

describe('hostile input to the contract', () => {
  const caseId = async () => ((await rpc('listInbox', {})).json as { value: { id: string }[] }).value[0]!.id;

  it.each([
    ['getCase', { caseId: 42 }], ['getCase', { caseId: 'x'.repeat(10_000) }], ['sendReply', { text: 'hola' }],
    ['switchProfile', { id: '../../etc' }], ['switchProfile', { id: '..' }], ['switchProfile', { id: 'x', extra: true }],
    ['connect', { server: 'file:///etc/passwd', username: 'lucia', password: 'sandbox' }],
    ['connect', { server: 'javascript:alert(1)', username: 'lucia', password: 'sandbox' }],
    ['searchArticles', { query: 'x'.repeat(501) }], ['setLanguage', { language: '__proto__' }],
    ['retryMutation', { id: '../x' }], ['openExternal', { url: 'x'.repeat(2001) }],
  ])('refuses %s %j with a code', async (operation, input) => {
    await expectRefused(() => rpc(operation, input), 200);
  });

  it('refuses half a megabyte of reply text and of a note, queuing nothing', async () => {
    const id = await caseId();
    await expectRefused(() => rpc('sendReply', { caseId: id, text: HALF_MB }), 200, 'invalid_input');
    await expectRefused(() => rpc('addCustomerNote', { customerId: 'cus-ana-gomez', text: HALF_MB }), 200, 'invalid_input');
  });

  it('opens no javascript: or file: link', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>']) {
      expect((await rpc('openExternal', { url })).json).toEqual({ ok: true, value: false });
    }
  });

  it.each(Object.entries(HOSTILE_TEXTS))('queues a reply with %s and shows it back as text', async (_name, text) => {
    const id = await caseId();
    expect((await rpc('sendReply', { caseId: id, text })).json).toMatchObject({ ok: true });
    const detail = (await rpc('getCase', { caseId: id })).json as { value: { messages: { text: string }[] } };
    expect(detail.value.messages.map((m) => m.text)).toContain(text.toWellFormed());
  });
});

describe('static files', () => {
  it.each([
    '/missing.js', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2f..%2fetc%2fpasswd',
    '/%252e%252e/etc/passwd', '/assets/app.js%00.html', '/%ff', '/%', '/index.html/', `/${'a'.repeat(8_000)}`, '/__atiende_bridge.js/x',
  ])('answers GET %s 404', async (path) => {
    await expectRefused(() => send(base, { method: 'GET', path }), 404, 'not_found');
  });

  it.each(['/assets', '/assets/', '/assets/.'])('answers the folder %s with a refusal, never a 5xx', async (path) => {
    await expectRefused(() => send(base, { method: 'GET', path }), [400, 404]);
  });

  pendingUntil(AWAITING.foldersAre404).each(['/assets', '/assets/'])('answers the folder %s 404', async (path) => {
    await expectRefused(() => send(base, { method: 'GET', path }), 404, 'not_found');
  });

  it('answers a request line over 16 KiB 431, and broken framing 400, in JSON', async () => {
    await expectRefused(() => send(base, { method: 'GET', path: `/${'a'.repeat(20_000)}` }), 431, 'headers_too_large');
    await expectRefused(() => sendBytes(base, 'BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'), 400, 'bad_request');
    await expectRefused(() => sendBytes(base, `POST /rpc/getSession HTTP/1.1\r\nHost: 127.0.0.1\r\nx-atiende-token: ${harness.token}\r\nContent-Length: 100\r\n\r\n{`), 400, 'bad_request');
  });

  it('still serves the page with the bridge', async () => {
    const page = await send(base, { method: 'GET', path: '/', probe: true });
    expect(page.text).toContain('/__atiende_bridge.js');
  });
});

describe('the suite', () => {
  it('sent its hostile requests, each bounded by a socket timeout', () => {
    console.log(`hostile requests to the harness: ${sent.count}`);
    expect(sent.count).toBeGreaterThanOrEqual(100);
  });
});
