// Opens a profile's encrypted cache with its key: creates the key with a new cache, encrypts a
// plain cache from before encryption in place, and, when no key here opens it, starts afresh.
import { existsSync, rmSync } from 'node:fs';
import type { CacheKeyPlace } from '../shared/events.ts';
import { CacheUnreadableError } from './db/connection.ts';
import { Store } from './db/store.ts';
import { ProfileError, profileFiles } from './profiles.ts';
import { homeOfProfile } from './home.ts';
import { cacheKeys, type CacheKeys, type FoundKey } from './secrets/cache-keys.ts';
import type { SecretStore } from './secrets/secret-store.ts';

export interface OpenedCache {
  store: Store;
  key: FoundKey;
  /** The cache on disk could not be read with any key here: it was removed and a fresh one started. */
  reset: boolean;
}

export interface OpenCacheOptions {
  /** Where profile.json says the key went. */
  recorded?: CacheKeyPlace | undefined;
  /**
   * `reset`: an unreadable cache is replaced by an empty one (the console resyncs it);
   * `refuse`: it is left alone and the error says so (doctor, the CLI's offline commands).
   */
  unreadable: 'reset' | 'refuse';
}

export async function openCache(profileDir: string, keys: CacheKeys, options: OpenCacheOptions): Promise<OpenedCache> {
  const file = profileFiles(profileDir).db;
  const lookup = await keys.find(profileDir, options.recorded);
  if (!lookup.found && lookup.unavailable !== null) throw new ProfileError(lookup.unavailable, 'cache_key_unavailable');
  const key = lookup.found ? lookup : await keys.create(profileDir);
  try {
    return { store: Store.open(file, key.key), key, reset: false };
  } catch (error) {
    if (!(error instanceof CacheUnreadableError)) throw error;
    if (options.unreadable === 'refuse') {
      throw new ProfileError(
        `The cache in ${profileDir} cannot be read: its key is not on this computer (${lookup.found ? 'the key found does not open it' : 'no key found'}). ` +
          'Syncing starts a fresh cache; changes it held unsent cannot be recovered.',
        'cache_unreadable',
      );
    }
  }
  // The old file and its WAL are noise without their key; a WAL left behind would corrupt the new cache.
  removeCacheFiles(file);
  const fresh = lookup.found ? await keys.create(profileDir) : key;
  return { store: Store.open(file, fresh.key), key: fresh, reset: true };
}

/** Where this computer keeps the profile's cache key: beside the keychain that holds its token. */
export function profileKeys(profileDir: string, secrets: SecretStore): CacheKeys {
  return cacheKeys({ secrets, home: homeOfProfile(profileDir) });
}

/** Whether the profile has a cache file at all (a new profile has none until sign-in). */
export const hasCache = (profileDir: string): boolean => existsSync(profileFiles(profileDir).db);

function removeCacheFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
