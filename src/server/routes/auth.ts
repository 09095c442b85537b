// Sign-in and the bearer token every other route checks.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoginRequest } from '../../protocol/auth.ts';
import { deviceOf } from '../devices.ts';
import { answerFault } from '../faults.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import type { Api, Routes } from './route.ts';

export interface Session {
  token: string;
  username: string;
  role: string;
  /** The token's device (devices.ts). */
  device: string;
}

/** Who sent the request, by its bearer token; a 401 or 403 when it does not hold. */
export async function authenticate(api: Api, req: IncomingMessage): Promise<Session> {
  const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token) throw new HttpError(401, 'unauthorized', 'Sign in first');
  const found = await api.store.sessions.find(token);
  if (!found || found.state === 'expired') throw new HttpError(401, 'unauthorized', 'The session expired: sign in again');
  if (found.state === 'revoked') throw new HttpError(403, 'device_revoked', 'This device was revoked');
  return { token, username: found.username, role: found.role, device: deviceOf(token, found.deviceId) };
}

export const authRoutes = (api: Api): Routes => ({
  'POST /v1/auth/login': async (req, res) => {
    const body = await readJson(req, LoginRequest);
    if (await answerFault(api.faults, 'login', res)) return;
    const user = await api.store.sessions.account(body.username);
    if (!user || user.password !== body.password) throw new HttpError(401, 'bad_credentials', 'Wrong user or password');
    const token = randomBytes(32).toString('hex');
    await api.store.sessions.issue({ token, username: user.username, deviceId: body.deviceId ?? null, at: api.clock.now().toISOString() });
    sendJson(res, 200, {
      token,
      agent: { id: user.username, username: user.username, name: user.name, role: user.role },
      serverNow: api.clock.now().toISOString(),
    });
  },
});
