// The sandbox's HTTP hardening, each item with a raw client: the Host it answers to, other
// sites' pages refused, JSON bodies only, and a 413 that closes the connection.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchange, requestText } from '../../tests/fixtures/raw-http.ts';
import { hostAllowed } from './request-guard.ts';
import { SandboxServer } from './server.ts';

let server: SandboxServer;
let base: string;
let port: number;
beforeEach(async () => {
  server = await SandboxServer.open({ allowedHosts: ['atiende.example.com'] });
  base = await server.listen(0);
  port = Number(new URL(base).port);
});
afterEach(() => server.close());

const login = JSON.stringify({ username: 'lucia', password: 'sandbox' });
const once = async (headers: Record<string, string>, body = login) =>
  (await exchange(base, [requestText('POST', '/v1/auth/login', { connection: 'close', ...headers }, body)])).text;

describe('the Host check', () => {
  it('answers loopback names, addresses and the allowed names, and refuses any other name with 421', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, '192.168.0.20:4010', 'atiende.example.com']) {
      expect(await once({ host, 'content-type': 'application/json' })).toMatch(/^HTTP\/1\.1 200/);
    }
    for (const host of ['evil.example', `rebound.attacker.test:${port}`, 'atiende.example.com.evil.test']) {
      const answer = await once({ host, 'content-type': 'application/json' });
      expect(answer).toMatch(/^HTTP\/1\.1 421/);
      expect(answer).toContain('"error":"host_not_allowed"');
    }
  });

  it('refuses a request with no Host at all: 421 in HTTP/1.0, a malformed 400 with a code in HTTP/1.1', async () => {
    expect((await exchange(base, ['GET /v1/health HTTP/1.0\r\n\r\n'])).text).toMatch(/^HTTP\/1\.1 421/);
    const noHost = (await exchange(base, ['GET /v1/health HTTP/1.1\r\n\r\n'])).text;
    expect(noHost).toMatch(/^HTTP\/1\.1 400/);
    expect(noHost).toContain('"error":"bad_request"');
  });

  it('reads ATIENDE_ALLOWED_HOSTS as a comma-separated list', async () => {
    const { allowedHostsFromEnv } = await import('./request-guard.ts');
    expect(allowedHostsFromEnv({ ATIENDE_ALLOWED_HOSTS: ' Sandbox.Escuela.test , proxy.local:8443,' })).toEqual(['sandbox.escuela.test', 'proxy.local:8443']);
    expect(hostAllowed('proxy.local:8443', ['proxy.local:8443'])).toBe(true);
    expect(hostAllowed('proxy.local:9999', ['proxy.local:8443'])).toBe(false);
  });
});

describe('the Origin check', () => {
  it('refuses a request from another site’s page and accepts its own origin', async () => {
    const host = `127.0.0.1:${port}`;
    for (const origin of ['https://evil.example', 'null', `http://localhost:${port}`]) {
      const answer = await once({ host, origin, 'content-type': 'application/json' });
      expect(answer).toMatch(/^HTTP\/1\.1 403/);
      expect(answer).toContain('"error":"cross_origin"');
    }
    expect(await once({ host, origin: `http://${host}`, 'content-type': 'application/json' })).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('bodies', () => {
  it('refuses text/plain and form bodies with 415, and a body without a type', async () => {
    const host = `127.0.0.1:${port}`;
    const types: Record<string, string>[] = [{ 'content-type': 'text/plain;charset=UTF-8' }, { 'content-type': 'application/x-www-form-urlencoded' }, {}];
    for (const headers of types) {
      const answer = await once({ host, ...headers });
      expect(answer).toMatch(/^HTTP\/1\.1 415/);
      expect(answer).toContain('"error":"unsupported_media_type"');
    }
  });

  it('closes the connection after a 413, so a following keep-alive request never hangs', async () => {
    const host = `127.0.0.1:${port}`;
    const big = 'x'.repeat(11 * 1024 * 1024);
    const declared = await exchange(base, [
      requestText('POST', '/v1/auth/login', { host, 'content-type': 'application/json' }, big),
      requestText('GET', '/v1/health', { host }),
    ]);
    expect(declared.statuses[0]).toBe(413);
    expect(declared.text.toLowerCase()).toContain('connection: close');

    // Chunked, so the size is only known as it arrives.
    const chunked = `POST /v1/auth/login HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`
      + `${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`;
    const streamed = await exchange(base, [chunked, requestText('GET', '/v1/health', { host })]);
    expect(streamed.statuses[0]).toBe(413);
    expect(streamed.text.toLowerCase()).toContain('connection: close');
  });
});
