// Where each profile's cache key lives: a random 256-bit key, never derived from anything the
// agent types. In the keychain when one answers; else in a file outside the profile folder, sealed
// by the OS (Electron's safeStorage) when the desktop app offers it, readable by the user only.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { CacheKeyPlace } from '../../shared/events.ts';
import { CACHE_KEY_BYTES } from '../db/connection.ts';
import type { SecretStore } from './secret-store.ts';

/** The OS's protection for small secrets (Electron's safeStorage); only the app glue has one. */
export interface KeyProtection {
  encrypt(plain: string): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<string>;
}

let installed: KeyProtection | null = null;

/** The app glue installs safeStorage here at start; the CLI and the harness run without. */
export function installKeyProtection(protection: KeyProtection | null): void {
  installed = protection;
}

export interface FoundKey {
  key: Buffer;
  place: CacheKeyPlace;
  /** The key file, for `file` and `safe_storage`. */
  file: string | null;
}

/** `unavailable`: the key is somewhere that cannot answer now (a locked keychain): never a lost key. */
export type KeyLookup = ({ found: true } & FoundKey) | { found: false; unavailable: string | null };

const KeyFile = z.discriminatedUnion('place', [
  z.object({ place: z.literal('file'), key: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ place: z.literal('safe_storage'), sealed: z.string().min(1) }),
]);

export interface CacheKeys {
  /** Where a new key goes. */
  readonly place: CacheKeyPlace;
  fileOf(profileDir: string): string;
  /** `recorded`: where the profile says its key went, so a keychain that stops answering is told, not replaced. */
  find(profileDir: string, recorded?: CacheKeyPlace): Promise<KeyLookup>;
  create(profileDir: string): Promise<FoundKey>;
  remove(profileDir: string): Promise<void>;
}

/**
 * The key file of a profile folder: `<home>/keys/<folder>.key` for the profiles under
 * `<home>/profiles`, and with a hash of the folder's path for a folder anywhere else (`--profile`).
 */
export function keyFileOf(profileDir: string, home: string): string {
  const dir = resolve(profileDir);
  const name = basename(dir);
  const inHome = dirname(dir) === resolve(home, 'profiles');
  const id = inHome ? name : `${name}-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`;
  return join(resolve(home), 'keys', `${id}.key`);
}

const keychainAccount = (profileDir: string) => `cache-key ${resolve(profileDir)}`;

export function cacheKeys(options: { secrets: SecretStore; home: string; protection?: KeyProtection | null }): CacheKeys {
  const keychain = options.secrets.kind === 'keychain' ? options.secrets : null;
  const protection = options.protection === undefined ? installed : options.protection;
  const fileOf = (profileDir: string) => keyFileOf(profileDir, options.home);

  const readFile = async (file: string): Promise<FoundKey | { unavailable: string } | null> => {
    if (!existsSync(file)) return null;
    let parsed: z.infer<typeof KeyFile>;
    try {
      parsed = KeyFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return null; // damaged: as good as lost
    }
    if (parsed.place === 'file') return { key: Buffer.from(parsed.key, 'hex'), place: 'file', file };
    if (!protection) return { unavailable: `This profile's cache key in ${file} is sealed by the desktop app: open the profile there` };
    try {
      return { key: Buffer.from(await protection.decrypt(Buffer.from(parsed.sealed, 'base64')), 'hex'), place: 'safe_storage', file };
    } catch (error) {
      return { unavailable: `The system could not unseal this profile's cache key (${error instanceof Error ? error.message : String(error)})` };
    }
  };

  const writeFile = (file: string, content: z.infer<typeof KeyFile>): void => {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    chmodSync(dirname(file), 0o700);
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(content) + '\n', { mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, file);
  };

  return {
    place: keychain ? 'keychain' : protection ? 'safe_storage' : 'file',
    fileOf,
    async find(profileDir, recorded) {
      if (keychain) {
        const hex = await keychain.get(keychainAccount(profileDir));
        if (hex) return { found: true, key: Buffer.from(hex, 'hex'), place: 'keychain', file: null };
      } else if (recorded === 'keychain') {
        return { found: false, unavailable: "The system keychain that holds this profile's cache key did not answer: unlock it and try again" };
      }
      const file = fileOf(profileDir);
      const fromFile = await readFile(file);
      if (fromFile === null) return { found: false, unavailable: null };
      if ('unavailable' in fromFile) return { found: false, unavailable: fromFile.unavailable };
      if (keychain && fromFile.place === 'file') {
        // A keychain answers now: the key moves there, and the plain file goes.
        await keychain.set(keychainAccount(profileDir), fromFile.key.toString('hex'));
        rmSync(file, { force: true });
        return { found: true, key: fromFile.key, place: 'keychain', file: null };
      }
      return { found: true, ...fromFile };
    },
    async create(profileDir) {
      const key = randomBytes(CACHE_KEY_BYTES);
      const hex = key.toString('hex');
      if (keychain) {
        await keychain.set(keychainAccount(profileDir), hex);
        return { key, place: 'keychain', file: null };
      }
      const file = fileOf(profileDir);
      if (protection) {
        writeFile(file, { place: 'safe_storage', sealed: (await protection.encrypt(hex)).toString('base64') });
        return { key, place: 'safe_storage', file };
      }
      writeFile(file, { place: 'file', key: hex });
      return { key, place: 'file', file };
    },
    async remove(profileDir) {
      if (keychain) await keychain.delete(keychainAccount(profileDir));
      rmSync(fileOf(profileDir), { force: true });
    },
  };
}

/** One sentence saying where a profile's cache key lives, for `doctor` and the log. */
export function keyWhereabouts(found: Pick<FoundKey, 'place' | 'file'>): string {
  if (found.place === 'keychain') return 'The cache key is in the system keychain.';
  if (found.place === 'safe_storage') return `The cache key is in ${found.file ?? '?'}, sealed by the system (no keychain answered).`;
  return `The cache key is in ${found.file ?? '?'}, readable only by your user account (no keychain answered).`;
}
