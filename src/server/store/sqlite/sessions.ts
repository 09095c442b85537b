import { searchDirectory } from '../../directory.ts';
import type { SandboxDb } from '../../schema.ts';
import type { CustomerDirectory, NewSession, Rotation, Sessions } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

function insert(db: SandboxDb, s: NewSession, family: string, username: string, deviceId: string | null): void {
  run(db, 'INSERT INTO tokens (token, username, device_id, created_at, family, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    s.accessHash, username, deviceId, s.at, family, s.expiresAt);
  run(db, 'INSERT INTO refresh_tokens (hash, family, username, device_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    s.refreshHash, family, username, deviceId, s.at, s.refreshExpiresAt);
}

interface RefreshRow { family: string; username: string; device_id: string | null; state: string; expires_at: string }

export const sqliteSessions = (db: SandboxDb): Sync<Sessions> => ({
  account: (username) => row(db, 'SELECT username, name, role, password FROM users WHERE username = ?', username),
  issue: (t) => void run(db, 'INSERT INTO tokens (token, username, device_id, created_at) VALUES (?, ?, ?, ?)', t.token, t.username, t.deviceId, t.at),
  find: (token) => row(db, 'SELECT t.username, t.state, u.role, t.expires_at AS expiresAt FROM tokens t JOIN users u ON u.username = t.username WHERE t.token = ?', token),
  end: (username, deviceId, state) => db.transaction(() => {
    run(db, "UPDATE refresh_tokens SET state = 'ended' WHERE username = ? AND (? IS NULL OR device_id = ?) AND state = 'valid'", username, deviceId, deviceId);
    return run(db,
      "UPDATE tokens SET state = ? WHERE username = ? AND (? IS NULL OR device_id = ?) AND state = 'valid'", state, username, deviceId, deviceId);
  })(),
  open: (s) => db.transaction(() => insert(db, s, s.family, s.username, s.deviceId))(),
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
