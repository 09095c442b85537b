// Electron's safeStorage seals the cache keys kept in files where no keychain answers (see
// secrets/cache-keys.ts): the OS's protection (DPAPI, Keychain, a Secret Service) in the app.
import type { safeStorage as SafeStorage } from 'electron';
import type { KeyProtection } from '../secrets/cache-keys.ts';

/**
 * The protection safeStorage offers here, or null where it protects nothing: unavailable, or
 * Linux's `basic_text` backend (a password built into Chromium), which would only look sealed.
 */
export async function safeStorageProtection(safeStorage: typeof SafeStorage, platform: NodeJS.Platform = process.platform): Promise<KeyProtection | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    encrypt: (plain) => safeStorage.encryptStringAsync(plain),
    decrypt: async (sealed) => (await safeStorage.decryptStringAsync(sealed)).result,
  };
}
