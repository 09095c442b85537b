import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/fixtures/sandbox.ts';
import { keepOutOfGit } from '../node/data-dir.ts';
import { profileDirName, profileFiles, readProfile, secretsFileOf, wipeProfile, writeProfile } from './profiles.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const meta = { server: 'https://central.example.com', username: 'lucia', agentName: 'Lucía', role: 'agent' as const, sandbox: false, secrets: 'keychain' as const };

describe('profiles', () => {
  it('names one folder per server and agent', () => {
    expect(profileDirName('https://central.example.com', 'lucia')).toBe('central.example.com-443--lucia');
    expect(profileDirName('http://127.0.0.1:4010/', 'lucia')).toBe('127.0.0.1-4010--lucia');
    expect(profileDirName('https://central.example.com', 'mateo')).not.toBe(profileDirName('https://central.example.com', 'lucia'));
    expect(profileDirName('https://evil.example.com', '../../etc')).toBe('evil.example.com-443--.._.._etc');
  });

  it('writes profile.json readable only by the user, in a folder only the user may enter', () => {
    chmodSync(dir.path, 0o755);
    const written = writeProfile(dir.path, meta);
    expect(readProfile(dir.path)).toEqual(written);
    expect(statSync(profileFiles(dir.path).meta).mode & 0o777).toBe(0o600);
    expect(statSync(dir.path).mode & 0o777).toBe(0o700);
  });

  it('reads a profile from before the training banner as a real server’s, and keeps what a sign-in said', () => {
    writeFileSync(profileFiles(dir.path).meta, JSON.stringify(meta));
    expect(readProfile(dir.path)).toMatchObject({ training: false, classTitle: null });
    writeProfile(dir.path, { ...meta, training: true, classTitle: 'Primer día' });
    expect(readProfile(dir.path)).toMatchObject({ sandbox: false, training: true, classTitle: 'Primer día' });
  });

  it('explains a missing, unreadable or damaged profile', () => {
    expect(() => readProfile(dir.path)).toThrow(/No profile in .*: sign in first/);
    writeFileSync(profileFiles(dir.path).meta, '{');
    expect(() => readProfile(dir.path)).toThrow(/not valid JSON; sign in again/);
    writeFileSync(profileFiles(dir.path).meta, JSON.stringify({ ...meta, server: 'not a url' }));
    expect(() => readProfile(dir.path)).toThrow(/is damaged .*server/s);
  });

  it('wipes every file of the profile’s data', () => {
    writeProfile(dir.path, meta);
    for (const name of ['atiende.db', 'atiende.db-wal', 'atiende.db-shm', 'atiende.log', 'secrets.json']) {
      writeFileSync(`${dir.path}/${name}`, 'x');
    }
    mkdirSync(dirname(secretsFileOf(dir.path)), { recursive: true });
    writeFileSync(secretsFileOf(dir.path), '{"a":"token"}');
    wipeProfile(dir.path);
    // Only the guard that keeps the folder out of git stays, for whatever is saved there next.
    expect(readdirSync(dir.path)).toEqual(['.gitignore']);
    expect(existsSync(secretsFileOf(dir.path))).toBe(false);
    expect(existsSync(dir.path)).toBe(true);
  });

  it('keeps a profile made inside a git working copy out of git', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir.path, encoding: 'utf8' });
    git('init', '--quiet');
    writeFileSync(join(dir.path, 'notes.txt'), 'tracked\n');
    const profile = join(dir.path, 'p');
    writeProfile(profile, meta);
    writeFileSync(profileFiles(profile).db, 'customers');
    keepOutOfGit(join(dir.path, 'sandbox-data'));
    writeFileSync(join(dir.path, 'sandbox-data', 'sandbox.db'), 'cases');
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('?? notes.txt\n');
  });
});
