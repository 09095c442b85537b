import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keepOutOfGit } from '../../node/data-dir.ts';
import type { SecretStore } from './secret-store.ts';

/**
 * The fallback when no keychain answers: a JSON file only the user can read (0600) in a folder
 * only the user can enter (0700), written atomically, and removed once it holds nothing. It is
 * plaintext at rest, so it always carries a warning for the user.
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
    if (Object.keys(secrets).length === 0) return rmSync(file, { force: true });
    const dir = dirname(file);
    keepOutOfGit(dir);
    chmodSync(dir, 0o700); // even if it existed before
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
