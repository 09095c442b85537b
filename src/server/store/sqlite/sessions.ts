import { searchDirectory } from '../../directory.ts';
import type { SandboxDb } from '../../schema.ts';
import type { CustomerDirectory, NewSession, Rotation, Sessions } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

// The device a device id stands for: the one its client id is bound to, when it is one of the user's client ids.
const DEVICE = `coalesce((SELECT d.device_id FROM client_devices d JOIN clients c ON c.client_id = d.client_id
  WHERE d.client_id = @deviceId AND c.username = @username), @deviceId)`;

/** Writes a sign-in's or a renewal's tokens; `deviceId` is the device itself (already resolved). */
function insert(db: SandboxDb, s: NewSession, family: string, username: string, deviceId: string | null): void {
  run(db, 'INSERT INTO tokens (token, username, device_id, created_at, family, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    s.accessHash, username, deviceId, s.at, family, s.expiresAt);
  run(db, 'INSERT INTO refresh_tokens (hash, family, username, device_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    s.refreshHash, family, username, deviceId, s.at, s.refreshExpiresAt);
}

interface RefreshRow { family: string; username: string; device_id: string | null; state: string; expires_at: string }

export const sqliteSessions = (db: SandboxDb): Sync<Sessions> => ({
  account: (username) => row(db, 'SELECT username, name, role, password FROM users WHERE username = ?', username),
  issue: (t) => void run(db, `INSERT INTO tokens (token, username, device_id, created_at) VALUES (@token, @username, ${DEVICE}, @at)`,
    { token: t.token, username: t.username, deviceId: t.deviceId, at: t.at }),
  find: (token) => row(db, `SELECT t.username, t.state, u.role, t.device_id AS deviceId, t.family, t.expires_at AS expiresAt
    FROM tokens t JOIN users u ON u.username = t.username WHERE t.token = ?`, token),
  end: (username, deviceId, state) => db.transaction(() => {
    run(db, `UPDATE refresh_tokens SET state = 'ended' WHERE username = @username AND (@deviceId IS NULL OR device_id = ${DEVICE}) AND state = 'valid'`,
      { username, deviceId });
    return run(db,
      `UPDATE tokens SET state = @state WHERE username = @username AND (@deviceId IS NULL OR device_id = ${DEVICE}) AND state = 'valid'`,
      { state, username, deviceId });
  })(),
  revokeClients: (username, deviceId, at) => run(db, `UPDATE client_devices SET revoked_at = @at WHERE revoked_at IS NULL
    AND client_id IN (SELECT client_id FROM clients WHERE username = @username) AND (@deviceId IS NULL OR device_id = ${DEVICE})`,
  { username, deviceId, at }),
  open: (s) => db.transaction(() => {
    const device = row<{ device: string | null }>(db, `SELECT ${DEVICE} AS device`, { username: s.username, deviceId: s.deviceId })?.device ?? null;
    insert(db, s, s.family, s.username, device);
  })(),
  rotate: (refreshHash, now, next) => db.transaction((): Rotation => {
    const found = row<RefreshRow>(db, 'SELECT family, username, device_id, state, expires_at FROM refresh_tokens WHERE hash = ?', refreshHash);
    if (!found || found.state === 'ended') return { outcome: 'unknown' };
    if (found.state === 'used') {
      run(db, "UPDATE refresh_tokens SET state = 'ended' WHERE family = ?", found.family);
      run(db, 'DELETE FROM tokens WHERE family = ?', found.family);
      return { outcome: 'reused' };
    }
    if (Date.parse(found.expires_at) <= Date.parse(now)) return { outcome: 'expired' };
    run(db, "UPDATE refresh_tokens SET state = 'used' WHERE hash = ?", refreshHash);
    insert(db, next, found.family, found.username, found.device_id);
    return { outcome: 'renewed', username: found.username };
  })(),
  signOut: (accessHash) => db.transaction(() => {
    const family = row<{ family: string | null }>(db, 'SELECT family FROM tokens WHERE token = ?', accessHash)?.family;
    if (family === undefined) return false;
    if (family === null) return run(db, 'DELETE FROM tokens WHERE token = ?', accessHash) > 0;
    run(db, 'DELETE FROM refresh_tokens WHERE family = ?', family);
    run(db, 'DELETE FROM tokens WHERE family = ?', family);
    return true;
  })(),
});

export const sqliteDirectory = (db: SandboxDb): Sync<CustomerDirectory> => ({
  search: (request) => searchDirectory(db, request),
});
