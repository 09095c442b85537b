// Where sign-in tokens live. Named for what it does so keytar (archived) can give way to
// Electron's safeStorage by changing one file. Tokens never go to SQLite, logs or IPC.

export interface SecretStore {
  /** `keychain`: the OS keychain; `file`: a user-only file, used only when no keychain answers. */
  readonly kind: 'keychain' | 'file';
  /** Set when the store is a fallback: say it to the user, never silently. */
  readonly warning: string | null;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

export const SERVICE = 'Atiende';
