import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from './server.ts';

const renderer = mkdtempSync(join(tmpdir(), 'atiende-renderer-'));
writeFileSync(join(renderer, 'index.html'), '<!doctype html><head><script type="module" src="./app.js"></script></head>');
let harness: Harness;
let base: string;

beforeAll(async () => {
  harness = new Harness({ profilesRoot: mkdtempSync(join(tmpdir(), 'atiende-profiles-')), rendererDir: renderer });
  base = new URL(await harness.listen(0)).origin;
});
afterAll(() => harness.close());

describe('the browser harness', () => {
  it('answers the contract only with its token', async () => {
    const rpc = (token: string) => fetch(`${base}/rpc/getSession`, { method: 'POST', headers: { 'x-atiende-token': token }, body: '{}' });
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
});
