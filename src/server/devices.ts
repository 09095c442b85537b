// Which device a push comes from. A console signs in with its outbox's client id as device id;
// each client id is bound to the device of the token that first pushed with it (a console's
// fresh client id after a sequence gap joins its device), so a token pushes only its device's
// outboxes, and revoking a device stops every one of them.
import { createHash } from 'node:crypto';
import { HttpError } from './http.ts';
import type { Tx } from './store/store.ts';

/** A token signed in without a device id is a device of its own (named by a hash, never the token). */
export const deviceOf = (token: string, deviceId: string | null): string =>
  deviceId ?? `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;

/** Binds a new client id to the pushing device; refuses another device's client id, or a revoked one's. */
export async function checkClientDevice(tx: Tx, clientId: string, device: string): Promise<void> {
  const bound = await tx.pushLog.device(clientId);
  if (!bound) return tx.pushLog.bindDevice(clientId, device);
  if (bound.revokedAt !== null) throw new HttpError(403, 'device_revoked', 'This device was revoked');
  if (bound.deviceId !== device) {
    throw new HttpError(403, 'client_other_device', 'This client id belongs to another device: each console pushes only its own outbox');
  }
}
