// A profile's encrypted cache as the console opens it: a lost key starts a fresh cache that
// resyncs and says so, a keychain that does not answer is told and nothing is touched, a plain
// cache from before is encrypted, and signing out takes the key away with the data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, tempDir, type RunningSandbox } from '../../tests/fixtures/sandbox.ts';
import { openProfile, reopenProfile } from '../../tests/fixtures/services.ts';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey } from './db/connection.ts';
import { homeOfProfile } from './home.ts';
import { openCache } from './profile-cache.ts';
import { profileFiles, readProfile, writeProfile } from './profiles.ts';
import { cacheKeys } from './secrets/cache-keys.ts';
import { fileSecretStore } from './secrets/file-store.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let profileDir: string;
beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  profileDir = join(dir.path, 'lucia');
});
afterEach(async () => {
  await sandbox.stop();
  dir.remove();
});

const plainSqliteOpens = (file: string): boolean => {
  try {
    new DatabaseSync(file, { readOnly: true }).prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  }
};

describe('a cache whose key is lost', () => {
  it('is replaced by a fresh cache that resyncs, and the agent and the log are told, unsent changes included', async () => {
    const first = await openProfile(sandbox, profileDir);
    await first.services.syncOnce();
    const caseId = first.services.store.cases.inbox('lucia')[0]!.id;
    first.services.commands.sendReply(caseId, 'Respuesta escrita sin conexión');
    const oldClientId = first.services.engine.clientId;
    expect(first.services.store.outbox.counts().pending).toBe(1);
    first.services.close();
    await first.services.keys.remove(profileDir);

    const again = await reopenProfile(profileDir);
    const { services } = again;
    expect(services.engine.status.cacheKey).toMatchObject({ reset: true, place: services.keys.place });
    expect(again.log.lines).toContainEqual({
      level: 'warn',
      message: expect.stringMatching(/could not be read with any key on this computer: a fresh cache was started.*Changes it held unsent could not be read and are lost/),
    });
    // A new outbox under a new client id: the server never takes a new change for an old one.
    expect(services.engine.clientId).not.toBe(oldClientId);
    expect(services.store.outbox.counts().pending).toBe(0);
    await services.syncOnce();
    expect(services.store.cases.count()).toBeGreaterThan(0);
    expect(readProfile(profileDir).cacheKey).toBe(services.keys.place);
    services.close();

    // Told once: the next start finds its key.
    const third = await reopenProfile(profileDir);
    expect(third.services.engine.status.cacheKey).toMatchObject({ reset: false });
    third.services.close();
  });
});

describe('a key kept in a keychain that does not answer now', () => {
  it('is told as such, and the cache is left exactly as it was', async () => {
    const { services } = await openProfile(sandbox, profileDir);
    services.close();
    const file = profileFiles(profileDir).db;
    const before = readFileSync(file);
    const noKeychain = cacheKeys({ secrets: fileSecretStore(join(dir.path, 'x.json'), 'test'), home: homeOfProfile(profileDir), protection: null });
    await expect(openCache(profileDir, noKeychain, { recorded: 'keychain', unreadable: 'reset' })).rejects.toMatchObject({
      code: 'cache_key_unavailable',
      message: "The system keychain that holds this profile's cache key did not answer: unlock it and try again",
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('a plain cache from before encryption', () => {
  it('is encrypted in place on the first start, keeping its account, cases and outbox', async () => {
    const { services } = await openProfile(sandbox, profileDir);
    await services.syncOnce();
    const caseId = services.store.cases.inbox('lucia')[0]!.id;
    services.commands.sendReply(caseId, 'Escrita antes de la actualización');
    const account = services.store.account()!;
    const cases = services.store.cases.count();
    const keys = services.keys;
    const { key } = (await keys.find(profileDir)) as { key: Buffer };
    services.close();
    // What the previous release left: the same cache in plain SQLite, no key, no cacheKey in profile.json.
    const db = new Database(profileFiles(profileDir).db);
    applyKey(db, key);
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
    db.close();
    await keys.remove(profileDir);
    const { cacheKey: _gone, ...meta } = readProfile(profileDir);
    writeProfile(profileDir, meta);
    expect(plainSqliteOpens(profileFiles(profileDir).db)).toBe(true);

    const again = await reopenProfile(profileDir);
    expect(again.services.engine.status.cacheKey).toMatchObject({ reset: false });
    expect(again.services.store.account()).toEqual(account);
    expect(again.services.store.cases.count()).toBe(cases);
    expect(again.services.store.outbox.counts().pending).toBe(1);
    await again.services.syncOnce();
    expect((await sandbox.outbound()).map((o) => o.text)).toContain('Escrita antes de la actualización');
    again.services.close();
    expect(plainSqliteOpens(profileFiles(profileDir).db)).toBe(false);
    expect(readProfile(profileDir).cacheKey).toBe(again.services.keys.place);
  });
});

describe('signing out', () => {
  it('removes the cache key with the data', async () => {
    const { services } = await openProfile(sandbox, profileDir);
    const keys = services.keys;
    expect(await keys.find(profileDir)).toMatchObject({ found: true });
    const keyFile = keys.fileOf(profileDir);
    await services.wipe();
    expect(await keys.find(profileDir)).toEqual({ found: false, unavailable: null });
    expect(existsSync(keyFile)).toBe(false);
    expect(existsSync(profileFiles(profileDir).db)).toBe(false);
  });
});
