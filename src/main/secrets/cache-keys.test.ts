// `npm test` runs this folder with a real gnome-keyring (ATIENDE_EXPECT_KEYCHAIN=1) and with no
// D-Bus at all (=0); the file store stands for "no keychain answered" in either run.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { cacheKeys, keyFileOf, keyWhereabouts, type KeyProtection } from './cache-keys.ts';
import { fileSecretStore } from './file-store.ts';
import { openSecretStore } from './index.ts';

let home: ReturnType<typeof tempDir>;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => home.remove());

const profileDir = () => join(home.path, 'profiles', 'central.example.com-443--lucia');
const noKeychain = () => fileSecretStore(join(home.path, 'unused-secrets.json'), 'test: no keychain');

/** Stands for the OS's sealing (safeStorage): AES under a key only this "system" holds. */
function testProtection(): KeyProtection & { system: Buffer } {
  const system = randomBytes(32);
  return {
    system,
    encrypt: (plain) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', system, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    decrypt: (sealed) => {
      const decipher = createDecipheriv('aes-256-gcm', system, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Promise.resolve(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8'));
    },
  };
}

describe('cache keys without a keychain', () => {
  it('keep a random 256-bit key per profile in a user-only file outside the profile folder', async () => {
    const keys = cacheKeys({ secrets: noKeychain(), home: home.path, protection: null });
    expect(keys.place).toBe('file');
    const created = await keys.create(profileDir());
    expect(created.key).toHaveLength(32);
    expect(created.file).toBe(join(home.path, 'keys', 'central.example.com-443--lucia.key'));
    expect(created.file!.startsWith(profileDir())).toBe(false);
    expect(statSync(created.file!).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(created.file!)).mode & 0o777).toBe(0o700);
    expect(await keys.find(profileDir())).toEqual({ found: true, ...created });

    const other = await keys.create(join(home.path, 'profiles', 'sandbox-mateo'));
    expect(other.key.equals(created.key)).toBe(false);
    expect(keyWhereabouts(created)).toBe(`The cache key is in ${created.file!}, readable only by your user account (no keychain answered).`);

    await keys.remove(profileDir());
    expect(existsSync(created.file!)).toBe(false);
    expect(await keys.find(profileDir())).toEqual({ found: false, unavailable: null });
  });

  it('name a folder outside the home by its path, so two folders never share a key', () => {
    const a = keyFileOf('/srv/a/lucia', home.path);
    const b = keyFileOf('/srv/b/lucia', home.path);
    expect(a).not.toBe(b);
    expect(a).toMatch(/keys\/lucia-[0-9a-f]{12}\.key$/);
  });

  it('seal the key file with the system’s protection when the desktop app offers it', async () => {
    const protection = testProtection();
    const keys = cacheKeys({ secrets: noKeychain(), home: home.path, protection });
    expect(keys.place).toBe('safe_storage');
    const created = await keys.create(profileDir());
    expect(readFileSync(created.file!, 'utf8')).not.toContain(created.key.toString('hex'));
    expect(await keys.find(profileDir())).toEqual({ found: true, ...created });
    expect(keyWhereabouts(created)).toMatch(/sealed by the system/);

    // The CLI has no safeStorage: the key is there but cannot be used, which is not a lost key.
    const withoutApp = cacheKeys({ secrets: noKeychain(), home: home.path, protection: null });
    expect(await withoutApp.find(profileDir())).toEqual({ found: false, unavailable: expect.stringMatching(/sealed by the desktop app: open the profile there/) });
  });

  it('tell a keychain that stopped answering from a lost key', async () => {
    const keys = cacheKeys({ secrets: noKeychain(), home: home.path, protection: null });
    expect(await keys.find(profileDir(), 'keychain')).toEqual({
      found: false, unavailable: "The system keychain that holds this profile's cache key did not answer: unlock it and try again",
    });
    expect(await keys.find(profileDir())).toEqual({ found: false, unavailable: null });
  });
});

describe.runIf(process.env.ATIENDE_EXPECT_KEYCHAIN === '1')('cache keys with a real Secret Service', () => {
  it('keep the key in the keychain, nothing on disk, and move a key file found there into it', async () => {
    const keychain = await openSecretStore(join(home.path, 'secrets.json'));
    const keys = cacheKeys({ secrets: keychain, home: home.path, protection: null });
    expect(keys.place).toBe('keychain');
    const created = await keys.create(profileDir());
    expect(created).toMatchObject({ place: 'keychain', file: null });
    expect(existsSync(join(home.path, 'keys'))).toBe(false);
    expect(await keys.find(profileDir())).toEqual({ found: true, ...created });
    await keys.remove(profileDir());
    expect(await keys.find(profileDir())).toEqual({ found: false, unavailable: null });

    // Made while no keychain answered; the keychain answers now.
    const fromFile = await cacheKeys({ secrets: noKeychain(), home: home.path, protection: null }).create(profileDir());
    expect(await keys.find(profileDir())).toEqual({ found: true, key: fromFile.key, place: 'keychain', file: null });
    expect(readdirSync(join(home.path, 'keys'))).toEqual([]);
    await keys.remove(profileDir());
  });
});
