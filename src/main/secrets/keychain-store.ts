import type { SecretStore } from './secret-store.ts';
import { SERVICE } from './secret-store.ts';

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

const PROBE_TIMEOUT_MS = 3000;

/** The OS keychain through keytar, or the reason it cannot be used on this machine. */
export async function openKeychain(): Promise<SecretStore | { unavailable: string }> {
  let keytar: Keytar;
  try {
    keytar = ((await import('keytar')) as { default: Keytar }).default;
  } catch (error) {
    return { unavailable: `keytar did not load (${message(error)})` };
  }
  try {
    // A locked or absent Secret Service fails here, before any real token is at stake.
    await withTimeout(keytar.getPassword(SERVICE, 'probe'), PROBE_TIMEOUT_MS);
  } catch (error) {
    return { unavailable: message(error) };
  }
  return {
    kind: 'keychain',
    warning: null,
    get: (account) => keytar.getPassword(SERVICE, account),
    set: (account, secret) => keytar.setPassword(SERVICE, account, secret),
    delete: async (account) => {
      await keytar.deletePassword(SERVICE, account);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the keychain did not answer')), ms).unref()),
  ]);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
