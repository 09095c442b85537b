import { searchDirectory } from '../../directory.ts';
import type { SandboxDb } from '../../schema.ts';
import type { CustomerDirectory, Sessions } from '../repositories.ts';
import type { Sync } from './promised.ts';
import { row, run } from './sql.ts';

export const sqliteSessions = (db: SandboxDb): Sync<Sessions> => ({
  account: (username) => row(db, 'SELECT username, name, role, password FROM users WHERE username = ?', username),
  issue: (t) => void run(db, 'INSERT INTO tokens (token, username, device_id, created_at) VALUES (?, ?, ?, ?)', t.token, t.username, t.deviceId, t.at),
  find: (token) => row(db, 'SELECT t.username, t.state, u.role FROM tokens t JOIN users u ON u.username = t.username WHERE t.token = ?', token),
  end: (username, deviceId, state) => run(db,
    "UPDATE tokens SET state = ? WHERE username = ? AND (? IS NULL OR device_id = ?) AND state = 'valid'", state, username, deviceId, deviceId),
});

export const sqliteDirectory = (db: SandboxDb): Sync<CustomerDirectory> => ({
  search: (request) => searchDirectory(db, request),
});
