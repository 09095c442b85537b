// Signing in and staying signed in: an access token for this device, a refresh token that
// renews it, the agent they stand for and the server's clock.
import { z } from 'zod';
import { ROLES } from '../shared/domain.ts';
import { id, isoTime } from './fields.ts';

const token = z.string().min(16).max(200);

export const LoginRequest = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  deviceId: z.string().min(1).max(100).optional(),
});

/** What a sign-in or a renewal hands the console: both tokens and when each stops working. */
const Tokens = {
  token,
  /** Renews `token` once (`POST /v1/auth/refresh`); each renewal returns a new one. */
  refreshToken: token,
  /** When `token` stops working, by the server's clock (`401 token_expired` after). */
  expiresAt: isoTime,
  /** When `refreshToken` stops working: after it, only signing in again helps. */
  refreshExpiresAt: isoTime,
  serverNow: isoTime,
};

export const LoginResponse = z.object({
  ...Tokens,
  agent: z.object({ id, username: z.string(), name: z.string(), role: z.enum(ROLES) }),
  /** A training sandbox (made-up customers); the only kind of server a console reaches over plain http off loopback. */
  sandbox: z.boolean().default(false),
  /** A trainee of a class: the class's title, for the training banner (null otherwise). */
  classTitle: z.string().max(200).nullable().default(null),
});
export type LoginResponse = z.infer<typeof LoginResponse>;

export const RefreshRequest = z.object({ refreshToken: token });
export const RefreshResponse = z.object(Tokens);
export type RefreshResponse = z.infer<typeof RefreshResponse>;

/** Error codes of signing in and staying signed in. */
export const AUTH_ERRORS = {
  /** No token, or one the server never issued or has forgotten. */
  unauthorized: 'unauthorized',
  /** The access token is past its `expiresAt` or was signed out: renew it with the refresh token. */
  tokenExpired: 'token_expired',
  /** The refresh token is past its `refreshExpiresAt`, signed out, or already used: sign in again. */
  refreshRefused: 'refresh_refused',
} as const;
