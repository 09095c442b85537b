import { searchDirectory } from '../../directory.ts';
import type { SandboxDb } from '../../schema.ts';
import type { CustomerDirectory, Sessions } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

// The device a device id stands for: the one its client id is bound to, when it is one of the user's client ids.
const DEVICE = `coalesce((SELECT d.device_id FROM client_devices d JOIN clients c ON c.client_id = d.client_id
  WHERE d.client_id = @deviceId AND c.username = @username), @deviceId)`;

export const sqliteSessions = (db: SandboxDb): Sync<Sessions> => ({
  account: (username) => row(db, 'SELECT username, name, role, password FROM users WHERE username = ?', username),
  issue: (t) => void run(db, `INSERT INTO tokens (token, username, device_id, created_at) VALUES (@token, @username, ${DEVICE}, @at)`,
    { token: t.token, username: t.username, deviceId: t.deviceId, at: t.at }),
  find: (token) => row(db, `SELECT t.username, t.state, u.role, t.device_id AS deviceId
    FROM tokens t JOIN users u ON u.username = t.username WHERE t.token = ?`, token),
  end: (username, deviceId, state) => run(db,
    `UPDATE tokens SET state = @state WHERE username = @username AND (@deviceId IS NULL OR device_id = ${DEVICE}) AND state = 'valid'`,
    { state, username, deviceId }),
  revokeClients: (username, deviceId, at) => run(db, `UPDATE client_devices SET revoked_at = @at WHERE revoked_at IS NULL
    AND client_id IN (SELECT client_id FROM clients WHERE username = @username) AND (@deviceId IS NULL OR device_id = ${DEVICE})`,
  { username, deviceId, at }),
});

export const sqliteDirectory = (db: SandboxDb): Sync<CustomerDirectory> => ({
  search: (request) => searchDirectory(db, request),
});
