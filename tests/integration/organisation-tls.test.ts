// An organisation's server on TLS of its own, configured as an operator does (ATIENDE_TLS_CERT and
// ATIENDE_TLS_KEY): it answers https only, a console trusting the certificate signs in, and a
// certificate it cannot use stops it at start with a reason, not a stack trace.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { demoDatabase, SERVER_MAIN, startNode } from '../fixtures/organisation.ts';
import { postgresDatabase } from '../fixtures/postgres.ts';
import { tempDir } from '../fixtures/sandbox.ts';
import { selfSignedCert, type SelfSigned } from '../fixtures/tls.ts';

let dir: ReturnType<typeof tempDir>;
let cert: SelfSigned;
beforeEach(() => {
  dir = tempDir();
  cert = selfSignedCert(dir.path);
});
afterEach(() => dir.remove());

/** A request over https that trusts only the test's certificate. */
function send(url: string, path: string, body?: object): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: body ? 'POST' : 'GET', ca: cert.cert, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

/** Runs a node that is expected to stop at start; resolves with its exit code and what it wrote. */
function startRefused(database: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [SERVER_MAIN, '--database', database, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

it('answers https with the certificate it was given, and a console trusting it signs in', async () => {
  const node = await startNode(await demoDatabase(), { ATIENDE_TLS_CERT: cert.certFile, ATIENDE_TLS_KEY: cert.keyFile });
  expect(node.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(await send(node.url, '/v1/ready')).toMatchObject({ status: 200 });
  expect(await send(node.url, '/v1/auth/login', { username: 'lucia', password: 'sandbox' })).toMatchObject({ status: 200, json: { sandbox: false, agent: { username: 'lucia' } } });
  // Plain http on the same port gets no answer a console could mistake for the API.
  await expect(fetch(node.url.replace('https:', 'http:') + '/v1/health')).rejects.toThrow();
});

it('stops at start with a reason when the certificate is missing, unreadable as PEM, or not the key’s', async () => {
  const database = await postgresDatabase();
  const missing = await startRefused(database, { ATIENDE_TLS_CERT: join(dir.path, 'nada.crt'), ATIENDE_TLS_KEY: cert.keyFile });
  expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/^server: The TLS certificate .*nada\.crt could not be read/) as unknown });

  const garbage = join(dir.path, 'garbage.crt');
  writeFileSync(garbage, 'esto no es un certificado\n');
  const unreadable = await startRefused(database, { ATIENDE_TLS_CERT: garbage, ATIENDE_TLS_KEY: cert.keyFile });
  expect(unreadable).toMatchObject({ code: 1, stderr: expect.stringMatching(/^server: The TLS certificate and key could not be used/) as unknown });

  mkdirSync(join(dir.path, 'other'));
  const other = selfSignedCert(join(dir.path, 'other'));
  const mismatched = await startRefused(database, { ATIENDE_TLS_CERT: cert.certFile, ATIENDE_TLS_KEY: other.keyFile });
  expect(mismatched).toMatchObject({ code: 1, stderr: expect.stringMatching(/^server: The TLS certificate and key could not be used/) as unknown });
  expect(mismatched.stderr).not.toMatch(/\n\s+at /);

  expect(await startRefused(database, { ATIENDE_TLS_CERT: cert.certFile })).toMatchObject({ code: 1, stderr: 'server: --tls-cert and --tls-key go together\n' });
});
