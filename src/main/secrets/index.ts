import { fileSecretStore } from './file-store.ts';
import { openKeychain } from './keychain-store.ts';
import type { SecretStore } from './secret-store.ts';

export type { SecretStore } from './secret-store.ts';

/** The keychain when one answers; otherwise the reported file fallback at `fallbackFile`. */
export async function openSecretStore(fallbackFile: string): Promise<SecretStore> {
  const keychain = await openKeychain();
  return 'unavailable' in keychain ? fileSecretStore(fallbackFile, keychain.unavailable) : keychain;
}
