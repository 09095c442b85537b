// `npm test` runs this file twice: inside a D-Bus session with an unlocked gnome-keyring
// (ATIENDE_EXPECT_KEYCHAIN=1) and with no D-Bus at all (ATIENDE_EXPECT_KEYCHAIN=0).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, tempDir } from '../../../tests/fixtures/sandbox.ts';
import { fileSecretStore } from './file-store.ts';
import { openSecretStore } from './index.ts';

const expectKeychain = process.env.ATIENDE_EXPECT_KEYCHAIN;
let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const TOKEN = 'tok_' + 'a1b2c3'.repeat(8);

describe.runIf(expectKeychain === '1')('SecretStore with a real Secret Service', () => {
  it('keeps the token in the keychain and nothing on disk', async () => {
    const store = await openSecretStore(`${dir.path}/secrets.json`);
    expect(store.kind).toBe('keychain');
    expect(store.warning).toBeNull();
    const account = `http://127.0.0.1:1 keychain-test-${process.pid}`;
    await store.set(account, TOKEN);
    expect(await store.get(account)).toBe(TOKEN);
    const files = readdirSync(dir.path);
    expect(files.some((f) => readFileSync(`${dir.path}/${f}`, 'utf8').includes(TOKEN))).toBe(false);
    await store.delete(account);
    expect(await store.get(account)).toBeNull();
  });
});

describe.runIf(expectKeychain === '0')('SecretStore without D-Bus', () => {
  it('falls back to a user-only file and says so', async () => {
    const file = `${dir.path}/secrets.json`;
    const store = await openSecretStore(file);
    expect(store.kind).toBe('file');
    expect(store.warning).toMatch(/No system keychain is available \(.+\)\. The sign-in token is kept in .*secrets\.json, readable only by your user account/);
    await store.set('acct', TOKEN);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await store.get('acct')).toBe(TOKEN);
  });
});

describe.runIf(expectKeychain === '0')('a profile signed in with the keychain, opened without one', () => {
  it('does not quietly read a token from a file: it tells the agent to unlock or sign in again', async () => {
    const { writeProfile, secretAccount, profileFiles } = await import('../profiles.ts');
    const { Store } = await import('../db/store.ts');
    const { Services } = await import('../services.ts');
    const profile = writeProfile(dir.path, { server: 'http://127.0.0.1:9', username: 'lucia', agentName: 'Lucía', role: 'agent', sandbox: false, secrets: 'keychain' });
    const store = Store.open(`${dir.path}/atiende.db`, null); // a cache from before encryption
    store.bindAccount({ server: profile.server, username: 'lucia', clientId: 'client-0001' });
    store.close();
    await fileSecretStore(profileFiles(dir.path).secrets, 'planted').set(secretAccount(profile), TOKEN);

    const services = await Services.open({ profileDir: dir.path, log: { log: () => undefined } });
    expect(services.engine.status.secretsWarning).toBe('keychain_locked');
    await expect(services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized', message: 'Not signed in' });
    services.close();
  });
});

describe.runIf(expectKeychain === '0')('a profile kept in the file fallback', () => {
  it('tells the window a code to word, never the file\'s path or English prose', async () => {
    const { writeProfile, secretAccount, profileFiles } = await import('../profiles.ts');
    const { Store } = await import('../db/store.ts');
    const { Services } = await import('../services.ts');
    const profile = writeProfile(dir.path, { server: 'http://127.0.0.1:9', username: 'lucia', agentName: 'Lucía', role: 'agent', sandbox: false, secrets: 'file' });
    const store = Store.open(`${dir.path}/atiende.db`, null); // a cache from before encryption
    store.bindAccount({ server: profile.server, username: 'lucia', clientId: 'client-0001' });
    store.close();
    await fileSecretStore(profileFiles(dir.path).secrets, 'planted').set(secretAccount(profile), TOKEN);

    const services = await Services.open({ profileDir: dir.path, log: { log: () => undefined } });
    expect(services.engine.status.secretsWarning).toBe('file_fallback');
    services.close();
  });
});

describe.runIf(expectKeychain === '0')('a revoked device kept in the file fallback', () => {
  it('wipes the tokens beside the profile folder, and any an earlier version kept inside it', async () => {
    const { existsSync, writeFileSync } = await import('node:fs');
    const { secretsFileOf } = await import('../profiles.ts');
    const { Services, signIn } = await import('../services.ts');
    const sandbox = await startSandbox();
    try {
      const profileDir = `${dir.path}/profiles/lucia`;
      await signIn({ server: sandbox.url, username: 'lucia', password: 'sandbox', profileDir });
      expect(readFileSync(secretsFileOf(profileDir), 'utf8')).toContain('refreshToken');
      writeFileSync(`${profileDir}/secrets.json`, '{"old":"token"}');
      let wiped: Promise<void> | undefined;
      const services = await Services.open({ profileDir, log: { log: () => undefined }, onRevoked: (done) => {
        wiped = done;
      } });
      await services.syncOnce();
      await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia' });
      await expect(services.syncOnce()).rejects.toMatchObject({ kind: 'device_revoked' });
      await wiped;
      expect(existsSync(secretsFileOf(profileDir))).toBe(false);
      expect(existsSync(`${profileDir}/secrets.json`)).toBe(false);
    } finally {
      await sandbox.stop();
    }
  });
});

describe('the file fallback', () => {
  it('writes atomically, keeps other accounts and deletes one', async () => {
    const file = `${dir.path}/secrets.json`;
    const store = fileSecretStore(file, 'test');
    await store.set('a', '1');
    await store.set('b', '2');
    await store.delete('a');
    expect(await store.get('a')).toBeNull();
    expect(await store.get('b')).toBe('2');
    expect(readdirSync(dir.path).sort()).toEqual(['.gitignore', 'secrets.json']);
    await store.delete('b');
    expect(readdirSync(dir.path)).toEqual(['.gitignore']);
  });

  it('lives beside the profile folder, not in it, in a folder only the user may enter', async () => {
    const { profileFiles, secretsFileOf } = await import('../profiles.ts');
    const profile = `${dir.path}/profiles/lucia`;
    expect(profileFiles(profile).secrets).toBe(secretsFileOf(profile));
    expect(secretsFileOf(profile)).toBe(`${dir.path}/profiles/.secrets/lucia.json`);
    await fileSecretStore(secretsFileOf(profile), 'test').set('a', TOKEN);
    expect(statSync(`${dir.path}/profiles/.secrets`).mode & 0o777).toBe(0o700);
    expect(statSync(secretsFileOf(profile)).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${dir.path}/profiles/.secrets/.gitignore`, 'utf8')).toMatch(/^\*$/m);
  });

  it('treats a damaged file as empty instead of crashing', async () => {
    const file = `${dir.path}/secrets.json`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '{not json');
    expect(await fileSecretStore(file, 'test').get('a')).toBeNull();
  });
});
