// The CLI's sessions and transport, in child processes: logout, plain http refused off this
// computer before anything is sent, and https to a sandbox with a self-signed certificate.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, startCli } from '../fixtures/cli.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../fixtures/sandbox.ts';
import { selfSignedCert } from '../fixtures/tls.ts';
import { SandboxServer } from '../../src/server/server.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let profile: string;
beforeEach(() => {
  dir = tempDir();
  profile = `${dir.path}/lucia`;
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const withPassword = { env: { ATIENDE_PASSWORD: 'sandbox' } };

describe('atiende logout', () => {
  beforeEach(async () => {
    sandbox = await startSandbox();
  });

  it('refuses while changes are unsent, then ends the session on the server and removes the profile', async () => {
    expect((await startCli(['login', '--server', sandbox.url, '--user', 'lucia', '--profile', profile], withPassword).done).code).toBe(0);
    await cli('sync', '--profile', profile);
    const [first] = JSON.parse((await cli('cases', '--profile', profile, '--json')).stdout) as { number: number }[];
    await cli('reply', '--profile', profile, '--case', String(first!.number), '--text', 'Antes de cerrar sesión');

    const refused = await cli('logout', '--profile', profile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('atiende: This profile holds 1 unsent change: run sync first, or logout --discard-unsent to lose it\n');
    const { readProfile } = await import('../../src/main/profiles.ts');
    expect(readProfile(profile).username).toBe('lucia');

    expect((await cli('sync', '--profile', profile)).code).toBe(0);
    const before = sandbox.server.db.prepare('SELECT count(*) AS n FROM tokens WHERE username = ?').get('lucia') as { n: number };
    const out = await cli('logout', '--profile', profile);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(/^Signed out lucia on http:\/\/127\.0\.0\.1:\d+; the profile's cache and token were removed/);
    const after = sandbox.server.db.prepare('SELECT count(*) AS n FROM tokens WHERE username = ?').get('lucia') as { n: number };
    expect(after.n).toBe(before.n - 1);
    expect((await cli('sync', '--profile', profile)).stderr).toMatch(/No profile/);
    expect((await sandbox.outbound()).map((m) => m.text)).toEqual(['Antes de cerrar sesión']);
  });

  it('signs out here when the server is unreachable, and says the server did not hear it', async () => {
    await startCli(['login', '--server', sandbox.url, '--user', 'lucia', '--profile', profile], withPassword).done;
    await sandbox.goOffline();
    const out = await cli('logout', '--profile', profile);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^warning: the server could not be reached/);
    expect((await cli('doctor', '--profile', profile)).stderr).toMatch(/No profile/);
  });
});

describe('the transport', () => {
  it('refuses plain http to a public address in one sentence, before sending the password', async () => {
    sandbox = await startSandbox();
    const out = await startCli(['login', '--server', 'http://198.51.100.7:4010', '--user', 'lucia', '--profile', profile], withPassword).done;
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('atiende: Atiende connects only to https:// servers (or to a training sandbox on a private network): nothing was sent to this address.\n');
  });

  it('signs in and syncs over https to a sandbox with a self-signed certificate the console trusts', async () => {
    const cert = selfSignedCert(dir.path);
    // The sandbox itself, not the test fixture: the fixture's own fetch does not trust the certificate.
    const https = await SandboxServer.open({ tls: { cert: cert.cert, key: cert.key } });
    sandbox = { stop: () => https.close() } as RunningSandbox;
    const server = (await https.listen(0)).replace('127.0.0.1', 'localhost');
    expect(server).toMatch(/^https:\/\/localhost:\d+$/);

    // Without trusting the certificate, nothing is signed in.
    const untrusted = await startCli(['login', '--server', server, '--user', 'lucia', '--profile', profile], withPassword).done;
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/^atiende: Cannot reach https:\/\/localhost:\d+: .*(self-signed|certificate)/i);

    const trusting = { env: { ...withPassword.env, NODE_EXTRA_CA_CERTS: cert.certFile } };
    expect((await startCli(['login', '--server', server, '--user', 'lucia', '--profile', profile], trusting).done).code).toBe(0);
    const sync = await startCli(['sync', '--profile', profile], trusting).done;
    expect(sync.code).toBe(0);
    expect((JSON.parse(sync.stdout) as { counts: { cases: number } }).counts.cases).toBeGreaterThan(15);
  });
});
