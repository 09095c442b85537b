// A profile's tokens: the access token every call sends and the refresh token that renews it.
// Both are kept together as one secret (the keychain, else the file fallback), so a renewal is
// written whole or not at all. Renewal is single-flight: a pull and the event stream that both
// meet an expired token renew once, since a refresh token works only once.
import { ApiError } from './sync/api-error.ts';
import type { SecretStore } from './secrets/index.ts';

export interface Tokens {
  token: string;
  /** Null for a profile signed in before refresh tokens: it signs in again when its token expires. */
  refreshToken: string | null;
}

/** The secret's text: JSON now; a bare token from before refresh tokens is read as one. */
export function decodeTokens(secret: string | null): Tokens | null {
  if (secret === null || secret === '') return null;
  if (!secret.startsWith('{')) return { token: secret, refreshToken: null };
  try {
    const parsed = JSON.parse(secret) as Partial<Tokens>;
    return typeof parsed.token === 'string' ? { token: parsed.token, refreshToken: typeof parsed.refreshToken === 'string' ? parsed.refreshToken : null } : null;
  } catch {
    return null;
  }
}

export const encodeTokens = (tokens: Tokens): string => JSON.stringify(tokens);

export class SessionTokens {
  private current: Tokens | null;
  private renewing: Promise<void> | null = null;
  private readonly secrets: SecretStore;
  private readonly account: string;

  constructor(secrets: SecretStore, account: string, current: Tokens | null) {
    this.secrets = secrets;
    this.account = account;
    this.current = current;
  }

  get token(): string | null {
    return this.current?.token ?? null;
  }

  async save(tokens: Tokens): Promise<void> {
    await this.secrets.set(this.account, encodeTokens(tokens));
    this.current = tokens;
  }

  /** Trades the refresh token for new tokens, once however many calls ask at the same time. */
  renew(refresh: (refreshToken: string) => Promise<Tokens>): Promise<void> {
    this.renewing ??= this.renewOnce(refresh).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async renewOnce(refresh: (refreshToken: string) => Promise<Tokens>): Promise<void> {
    const refreshToken = this.current?.refreshToken;
    if (!refreshToken) throw new ApiError('unauthorized', 'The session expired: sign in again');
    await this.save(await refresh(refreshToken));
  }
}
