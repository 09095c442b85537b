// Signing in, renewing and signing out, and the bearer check every other route makes. Tokens are
// random and stored only as their sha-256, so a copy of the server's database signs no one in.
// Expiry goes by the sandbox clock, so a trainer (or a test) moving it ages sessions too.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AUTH_ERRORS, LoginRequest, RefreshRequest, type LoginResponse, type RefreshResponse } from '../../protocol/auth.ts';
import type { Clock } from '../clock.ts';
import { deviceOf } from '../devices.ts';
import { answerFault } from '../faults.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import { passwordMatches, unknownUserHash } from '../passwords.ts';
import type { NewSession } from '../store/repositories.ts';
import type { ServerStore } from '../store/store.ts';
import type { Api, Routes } from './route.ts';

export interface SessionLifetimes {
  /** How long an access token works; 12 hours unless a test or a class wants otherwise. */
  accessMs?: number;
  /** How long a refresh token works; 30 days by default. */
  refreshMs?: number;
}

export const DEFAULT_LIFETIMES = { accessMs: 12 * 3600_000, refreshMs: 30 * 24 * 3600_000 };

export interface Session {
  token: string;
  username: string;
  role: string;
  /** The token's device (devices.ts). */
  device: string;
  /** A cursor before this feed seq was pulled for another role or team (users.scope_from). */
  scopeFrom: number;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A wrong password and an unknown user answer alike, so neither says which usernames exist. */
export const badCredentials = (): HttpError => new HttpError(401, 'bad_credentials', 'Wrong user or password');

const newToken = (): string => randomBytes(32).toString('hex');

/** The request's bearer token, if it carries one. */
export const bearer = (req: IncomingMessage): string | undefined => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];

const pastExpiry = (expiresAt: string | null, clock: Clock): boolean =>
  expiresAt !== null && Date.parse(expiresAt) <= clock.now().getTime();

/** Whether a token still holds: signed in, neither revoked nor expired (by a trainer or by time). */
export async function tokenHolds(store: ServerStore, clock: Clock, token: string): Promise<boolean> {
  const found = await store.sessions.find(hashToken(token));
  return found?.state === 'valid' && !pastExpiry(found.expiresAt, clock);
}

/** Who sent the request, by its bearer token; a 401 or 403 when it does not hold. */
export async function authenticate(api: Api, req: IncomingMessage): Promise<Session> {
  const token = bearer(req);
  if (!token) throw new HttpError(401, AUTH_ERRORS.unauthorized, 'Sign in first');
  const found = await api.store.sessions.find(hashToken(token));
  if (!found) throw new HttpError(401, AUTH_ERRORS.unauthorized, 'This token is not signed in: sign in again');
  if (found.state === 'revoked') throw new HttpError(403, 'device_revoked', 'This device was revoked');
  if (found.state === 'expired' || pastExpiry(found.expiresAt, api.clock)) {
    throw new HttpError(401, AUTH_ERRORS.tokenExpired, 'The access token expired: renew it');
  }
  await api.contacts.seen(found.username);
  // A token signed in without a device id is a device of its own through all its renewals.
  return { token, username: found.username, role: found.role, device: deviceOf(found.family ?? token, found.deviceId), scopeFrom: found.scopeFrom };
}

/** New access and refresh tokens on `api`'s world (its prefix names it): the caller's, and the hashes the store keeps. */
function issue(api: Api, lifetimes: SessionLifetimes): { tokens: RefreshResponse; session: NewSession } {
  const { accessMs, refreshMs } = { ...DEFAULT_LIFETIMES, ...lifetimes };
  const now = api.clock.now();
  const token = `${api.tokenPrefix ?? ''}${newToken()}`;
  const refreshToken = `${api.tokenPrefix ?? ''}${newToken()}`;
  const expiresAt = new Date(now.getTime() + accessMs).toISOString();
  const refreshExpiresAt = new Date(now.getTime() + refreshMs).toISOString();
  return {
    tokens: { token, refreshToken, expiresAt, refreshExpiresAt, serverNow: now.toISOString() },
    session: { accessHash: hashToken(token), refreshHash: hashToken(refreshToken), at: now.toISOString(), expiresAt, refreshExpiresAt },
  };
}

/** Opens a session for `username` on `api`'s world, once the caller proved who they are. */
export async function signIn(api: Api, lifetimes: SessionLifetimes, username: string, deviceId: string | null, classTitle: string | null): Promise<LoginResponse> {
  const user = await api.store.sessions.account(username);
  if (!user) throw badCredentials();
  const { tokens, session } = issue(api, lifetimes);
  await api.store.sessions.open({ ...session, family: randomUUID(), username: user.username, deviceId });
  return {
    ...tokens,
    agent: { id: user.username, username: user.username, name: user.name, role: user.role as LoginResponse['agent']['role'] },
    sandbox: api.sandbox,
    classTitle,
  };
}

/** Where sign-in looks beyond the world's own users: the trainees of the classes (classes/classes.ts). */
export interface SignInDesk {
  /** A trainee's sign-in with their one-time password; null when `username` is no trainee's. */
  trainee(username: string, password: string, deviceId: string | null): Promise<LoginResponse | null>;
  /** The world a (refresh) token was issued on, by its prefix. */
  worldOf(token: string): Api | undefined;
}

export function authRoutes(api: Api, lifetimes: SessionLifetimes = {}, desk?: SignInDesk): Routes {
  return {
    'POST /v1/auth/login': async (req, res) => {
      const body = await readJson(req, LoginRequest);
      if (await answerFault(api.faults, 'login', res)) return;
      const trainee = await desk?.trainee(body.username, body.password, body.deviceId ?? null);
      if (trainee) {
        sendJson(res, 200, trainee);
        return;
      }
      const user = await api.store.sessions.account(body.username);
      // An unknown user costs a hash too, so how long the answer takes says nothing of who exists;
      // a disabled one is checked as any other and answered as a wrong password.
      const matches = await passwordMatches(body.password, user?.password ?? await unknownUserHash());
      if (!user || user.disabled || !matches) throw badCredentials();
      sendJson(res, 200, await signIn(api, lifetimes, user.username, body.deviceId ?? null, null));
    },

    'POST /v1/auth/refresh': async (req, res) => {
      const { refreshToken } = await readJson(req, RefreshRequest);
      // A trainee's token renews on the trainee's own store.
      const world = desk?.worldOf(refreshToken) ?? api;
      const { tokens, session } = issue(world, lifetimes);
      const rotation = await world.store.sessions.rotate(hashToken(refreshToken), session.at, session);
      if (rotation.outcome !== 'renewed') {
        const why = {
          unknown: 'This refresh token was signed out or never issued: sign in again',
          expired: 'This refresh token expired: sign in again',
          reused: 'This refresh token was already used, so the session was ended: sign in again',
        }[rotation.outcome];
        // A reused token ended its whole session: that session's event streams close too.
        if (rotation.outcome === 'reused') await world.pokes.closeEnded();
        throw new HttpError(401, AUTH_ERRORS.refreshRefused, why);
      }
      sendJson(res, 200, tokens satisfies RefreshResponse);
    },

    /**
     * Signs out the calling token's session: it and its refresh token stop working, and its event
     * streams close. An expired access token still signs out (a console does not renew to leave);
     * a revoked one is refused and kept, so its console still learns of the revocation.
     */
    'POST /v1/auth/logout': async (req, res) => {
      const token = bearer(req);
      const found = token ? await api.store.sessions.find(hashToken(token)) : undefined;
      if (found?.state === 'revoked') throw new HttpError(403, 'device_revoked', 'This device was revoked');
      if (!token || !(await api.store.sessions.signOut(hashToken(token)))) {
        throw new HttpError(401, AUTH_ERRORS.unauthorized, 'This token is not signed in');
      }
      await api.pokes.closeEnded();
      res.writeHead(204).end();
    },
  };
}
