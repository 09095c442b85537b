// Signing in, renewing and signing out, and the bearer check every other route makes. Tokens are
// random and stored only as their sha-256, so a copy of the server's database signs no one in.
// Expiry goes by the sandbox clock, so a trainer (or a test) moving it ages sessions too.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AUTH_ERRORS, LoginRequest, RefreshRequest, type LoginResponse, type RefreshResponse } from '../protocol/auth.ts';
import type { SandboxClock } from './clock.ts';
import { HttpError, readJson, sendJson } from './http.ts';
import type { NewSession } from './store/repositories.ts';
import type { ServerStore } from './store/store.ts';

export interface SessionLifetimes {
  /** How long an access token works; 12 hours unless a test or a class wants otherwise. */
  accessMs?: number;
  /** How long a refresh token works; 30 days by default. */
  refreshMs?: number;
}

export const DEFAULT_LIFETIMES = { accessMs: 12 * 3600_000, refreshMs: 30 * 24 * 3600_000 };

export interface Caller {
  username: string;
  role: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const newToken = (): string => randomBytes(32).toString('hex');

export class Auth {
  private readonly store: ServerStore;
  private readonly clock: SandboxClock;
  private readonly lifetimes: Required<SessionLifetimes>;

  constructor(store: ServerStore, clock: SandboxClock, lifetimes: SessionLifetimes = {}) {
    this.store = store;
    this.clock = clock;
    this.lifetimes = { ...DEFAULT_LIFETIMES, ...lifetimes };
  }

  /** `fault` lets an injected failure answer after the body was read, as before any check. */
  async login(req: IncomingMessage, res: ServerResponse, fault: () => Promise<boolean>): Promise<void> {
    const body = await readJson(req, LoginRequest);
    if (await fault()) return;
    const user = await this.store.sessions.account(body.username);
    if (!user || user.password !== body.password) throw new HttpError(401, 'bad_credentials', 'Wrong user or password');
    const { tokens, session } = this.tokens();
    await this.store.sessions.open({ ...session, family: randomUUID(), username: user.username, deviceId: body.deviceId ?? null });
    sendJson(res, 200, {
      ...tokens,
      agent: { id: user.username, username: user.username, name: user.name, role: user.role as LoginResponse['agent']['role'] },
      sandbox: true,
    } satisfies LoginResponse);
  }

  async refresh(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { refreshToken } = await readJson(req, RefreshRequest);
    const { tokens, session } = this.tokens();
    const rotation = await this.store.sessions.rotate(hashToken(refreshToken), session.at, session);
    if (rotation.outcome !== 'renewed') {
      const why = {
        unknown: 'This refresh token was signed out or never issued: sign in again',
        expired: 'This refresh token expired: sign in again',
        reused: 'This refresh token was already used, so the session was ended: sign in again',
      }[rotation.outcome];
      throw new HttpError(401, AUTH_ERRORS.refreshRefused, why);
    }
    sendJson(res, 200, tokens satisfies RefreshResponse);
  }

  /** Signs out the calling token's session: it and its refresh token stop working. */
  async logout(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const token = bearer(req);
    if (!token || !(await this.store.sessions.signOut(hashToken(token)))) {
      throw new HttpError(401, AUTH_ERRORS.unauthorized, 'This token is not signed in');
    }
    res.writeHead(204).end();
  }

  async authenticate(req: IncomingMessage): Promise<Caller> {
    const token = bearer(req);
    if (!token) throw new HttpError(401, AUTH_ERRORS.unauthorized, 'Sign in first');
    const found = await this.store.sessions.find(hashToken(token));
    if (!found) throw new HttpError(401, AUTH_ERRORS.unauthorized, 'This token is not signed in: sign in again');
    if (found.state === 'revoked') throw new HttpError(403, 'device_revoked', 'This device was revoked');
    const past = found.expiresAt !== null && Date.parse(found.expiresAt) <= this.clock.now().getTime();
    if (found.state === 'expired' || past) throw new HttpError(401, AUTH_ERRORS.tokenExpired, 'The access token expired: renew it');
    return { username: found.username, role: found.role };
  }

  private tokens(): { tokens: RefreshResponse; session: NewSession } {
    const now = this.clock.now();
    const token = newToken();
    const refreshToken = newToken();
    const expiresAt = new Date(now.getTime() + this.lifetimes.accessMs).toISOString();
    const refreshExpiresAt = new Date(now.getTime() + this.lifetimes.refreshMs).toISOString();
    return {
      tokens: { token, refreshToken, expiresAt, refreshExpiresAt, serverNow: now.toISOString() },
      session: { accessHash: hashToken(token), refreshHash: hashToken(refreshToken), at: now.toISOString(), expiresAt, refreshExpiresAt },
    };
  }
}

function bearer(req: IncomingMessage): string | undefined {
  return /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
}
