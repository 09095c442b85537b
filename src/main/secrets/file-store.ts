import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretStore } from './secret-store.ts';

/**
 * The fallback when no keychain answers: a JSON file only the user can read (0600), written
 * atomically. It is plaintext at rest, so it always carries a warning for the user.
 */
export function fileSecretStore(file: string, reason: string): SecretStore {
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (secrets: Record<string, string>): void => {
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(secrets), { mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, file);
  };
  return {
    kind: 'file',
    warning:
      `No system keychain is available (${reason}). The sign-in token is kept in ${file}, ` +
      'readable only by your user account. Unlock or install a keychain (libsecret on Linux) to keep it there instead.',
    get: (account) => Promise.resolve(read()[account] ?? null),
    set: (account, secret) => Promise.resolve(write({ ...read(), [account]: secret })),
    delete: (account) => {
      const { [account]: _removed, ...rest } = read();
      write(rest);
      return Promise.resolve();
    },
  };
}
