import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, requestText } from '../../../tests/fixtures/raw-http.ts';
import { Harness } from './server.ts';

const renderer = mkdtempSync(join(tmpdir(), 'atiende-renderer-'));
writeFileSync(join(renderer, 'index.html'), '<!doctype html><head><script type="module" src="./app.js"></script></head>');
mkdirSync(join(renderer, 'assets'));
let harness: Harness;
let base: string;

beforeAll(async () => {
  harness = new Harness({ profilesRoot: mkdtempSync(join(tmpdir(), 'atiende-profiles-')), rendererDir: renderer });
  base = new URL(await harness.listen(0)).origin;
});
afterAll(() => harness.close());

describe('the browser harness', () => {
  it('answers the contract only with its token', async () => {
    const rpc = (token: string) => fetch(`${base}/rpc/getSession`, {
      method: 'POST', headers: { 'x-atiende-token': token, 'content-type': 'application/json' }, body: '{}',
    });
    expect((await rpc('nope')).status).toBe(401);
    expect((await rpc('')).status).toBe(401);
    expect(await (await rpc(harness.token)).json()).toMatchObject({ ok: true, value: { profile: null } });
    expect((await fetch(`${base}/events?token=nope`)).status).toBe(401);
  });

  it('injects the test bridge before the app and serves nothing outside the renderer', async () => {
    const page = await (await fetch(`${base}/`)).text();
    expect(page.indexOf('/__atiende_bridge.js')).toBeLessThan(page.indexOf('./app.js'));
    expect(await (await fetch(`${base}/__atiende_bridge.js`)).text()).toMatch(/^\(function installAtiendeBridge/);
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/missing.js']) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
  });

  it('answers a folder with 404, not an error about it', async () => {
    for (const path of ['/assets', '/assets/', '/%2e/assets']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/EISDIR/);
    }
  });
});

describe('the browser harness’s HTTP hardening', () => {
  const port = () => Number(new URL(base).port);
  const rpc = (headers: Record<string, string>, body = '{}') =>
    exchange(base, [requestText('POST', '/rpc/getSession', { connection: 'close', 'x-atiende-token': harness.token, ...headers }, body)]);

  it('answers only this computer’s names, and no other site’s page', async () => {
    const json = { 'content-type': 'application/json' };
    expect((await rpc({ host: `127.0.0.1:${port()}`, ...json })).statuses).toEqual([200]);
    expect((await rpc({ host: `localhost:${port()}`, origin: `http://localhost:${port()}`, ...json })).statuses).toEqual([200]);
    const rebound = await rpc({ host: `attacker.example:${port()}`, ...json });
    expect(rebound.statuses).toEqual([421]);
    expect(rebound.text).toContain('host_not_allowed');
    const crossSite = await rpc({ host: `127.0.0.1:${port()}`, origin: 'https://attacker.example', ...json });
    expect(crossSite.statuses).toEqual([403]);
    expect(crossSite.text).toContain('cross_origin');
  });

  it('takes only JSON bodies: text/plain is refused with 415', async () => {
    const plain = await rpc({ host: `127.0.0.1:${port()}`, 'content-type': 'text/plain;charset=UTF-8' });
    expect(plain.statuses).toEqual([415]);
    expect(plain.text).toContain('unsupported_media_type');
  });

  it('closes the connection after a 413, so the next keep-alive request does not hang', async () => {
    const host = `127.0.0.1:${port()}`;
    const big = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    const answer = await exchange(base, [
      requestText('POST', '/rpc/getSession', { host, 'content-type': 'application/json', 'x-atiende-token': harness.token }, big),
      requestText('GET', '/', { host }),
    ]);
    expect(answer.statuses[0]).toBe(413);
    expect(answer.text.toLowerCase()).toContain('connection: close');
  });
});

describe('the harness’s password', () => {
  it('is refused on the command line, in words, before anything starts', () => {
    const run = spawnSync(process.execPath, ['src/main/harness/main.ts', '--server', 'http://127.0.0.1:9', '--user', 'lucia', '--password', 'sandbox'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('web: --password is not accepted: a password on the command line shows in the process list. Set ATIENDE_PASSWORD or pipe it with --password-stdin\n');
  });
});
