import { DirectoryCustomer } from '../../../protocol/directory.ts';
import { columnValue, RowReader, type Row } from '../../columns.ts';
import { searchDirectory } from '../../directory.ts';
import type { CustomerDirectory, NewSession, Rotation, Sessions } from '../repositories.ts';
import type { Sql } from '../sql.ts';

/** Runs `work` as one transaction of its own, on the statements it is handed. */
export type Atomically = <T>(work: (sql: Sql) => Promise<T>) => Promise<T>;

// The device a device id stands for: the one its client id is bound to, when it is one of the
// user's client ids. Its parameters: `device(deviceId, username)`.
const DEVICE = `coalesce((SELECT d.device_id FROM client_devices d JOIN clients c ON c.client_id = d.client_id
  WHERE d.client_id = ? AND c.username = ?), ?)`;
const device = (deviceId: string | null, username: string) => [deviceId, username, deviceId];
// Every device of the user when `deviceId` is null (typed, so PostgreSQL knows the parameter);
// its parameters: `[deviceId, ...device(deviceId, username)]`.
const ON_DEVICE = `(CAST(? AS TEXT) IS NULL OR device_id = ${DEVICE})`;

/** Writes a sign-in's or a renewal's tokens; `deviceId` is the device itself (already resolved). */
async function insert(sql: Sql, s: NewSession, family: string, username: string, deviceId: string | null): Promise<void> {
  await sql.run('INSERT INTO tokens (token, username, device_id, created_at, family, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    s.accessHash, username, deviceId, s.at, family, s.expiresAt);
  await sql.run('INSERT INTO refresh_tokens (hash, family, username, device_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    s.refreshHash, family, username, deviceId, s.at, s.refreshExpiresAt);
}

interface RefreshRow { family: string; username: string; device_id: string | null; state: string; expires_at: string }

export const sessions = (sql: Sql, atomically: Atomically): Sessions => ({
  account: async (username) => {
    const found = await sql.row<{ username: string; name: string; role: string; password: string; disabled: number }>(
      'SELECT username, name, role, password, disabled FROM users WHERE username = ?', username);
    return found && { ...found, disabled: found.disabled === 1 };
  },
  issue: async (t) => {
    await sql.run(`INSERT INTO tokens (token, username, device_id, created_at) VALUES (?, ?, ${DEVICE}, ?)`,
      t.token, t.username, ...device(t.deviceId, t.username), t.at);
  },
  find: (token) => sql.row(`SELECT t.username, t.state, u.role, u.scope_from AS "scopeFrom", t.device_id AS "deviceId", t.family, t.expires_at AS "expiresAt"
    FROM tokens t JOIN users u ON u.username = t.username WHERE t.token = ?`, token),
  end: (username, deviceId, state) => atomically(async (tx) => {
    await tx.run(`UPDATE refresh_tokens SET state = 'ended' WHERE username = ? AND ${ON_DEVICE} AND state = 'valid'`,
      username, deviceId, ...device(deviceId, username));
    return tx.run(`UPDATE tokens SET state = ? WHERE username = ? AND ${ON_DEVICE} AND state = 'valid'`,
      state, username, deviceId, ...device(deviceId, username));
  }),
  revokeClients: (username, deviceId, at) => sql.run(`UPDATE client_devices SET revoked_at = ? WHERE revoked_at IS NULL
    AND client_id IN (SELECT client_id FROM clients WHERE username = ?) AND ${ON_DEVICE}`,
  at, username, deviceId, ...device(deviceId, username)),
  open: (s) => atomically(async (tx) => {
    const found = await tx.row<{ device: string | null }>(`SELECT ${DEVICE} AS device`, ...device(s.deviceId, s.username));
    await insert(tx, s, s.family, s.username, found?.device ?? null);
  }),
  rotate: (refreshHash, now, next) => atomically(async (tx): Promise<Rotation> => {
    // Locked until the renewal commits: a second renewal with the same token waits, then finds it used.
    const found = await tx.row<RefreshRow>(
      `SELECT family, username, device_id, state, expires_at FROM refresh_tokens WHERE hash = ?${tx.forUpdate}`, refreshHash);
    if (!found || found.state === 'ended') return { outcome: 'unknown' };
    if (found.state === 'used') {
      await tx.run("UPDATE refresh_tokens SET state = 'ended' WHERE family = ?", found.family);
      await tx.run('DELETE FROM tokens WHERE family = ?', found.family);
      return { outcome: 'reused' };
    }
    if (Date.parse(found.expires_at) <= Date.parse(now)) return { outcome: 'expired' };
    await tx.run("UPDATE refresh_tokens SET state = 'used' WHERE hash = ?", refreshHash);
    await insert(tx, next, found.family, found.username, found.device_id);
    return { outcome: 'renewed', username: found.username };
  }),
  signOut: (accessHash) => atomically(async (tx) => {
    const family = (await tx.row<{ family: string | null }>('SELECT family FROM tokens WHERE token = ?', accessHash))?.family;
    if (family === undefined) return false;
    if (family === null) return (await tx.run('DELETE FROM tokens WHERE token = ?', accessHash)) > 0;
    await tx.run('DELETE FROM refresh_tokens WHERE family = ?', family);
    await tx.run('DELETE FROM tokens WHERE family = ?', family);
    return true;
  }),
});

export const directory = (sql: Sql): CustomerDirectory => ({
  search: async (request) => searchDirectory(await activeCustomers(sql), request),
});

/** Every record not folded into another, by name, with its accounts. */
async function activeCustomers(sql: Sql): Promise<DirectoryCustomer[]> {
  const accounts = new Map<string, unknown[]>();
  for (const a of await sql.rows<{ customer_id: string; channel: string; handle: string; validated: number }>(
    `SELECT i.customer_id, i.channel, i.handle, i.validated FROM identities i
     JOIN customers c ON c.id = i.customer_id WHERE c.merged_into IS NULL ORDER BY i.id`)) {
    const list = accounts.get(a.customer_id) ?? [];
    list.push({ channel: a.channel, handle: a.handle, validated: a.validated === 1 });
    accounts.set(a.customer_id, list);
  }
  return (await sql.rows<Row>('SELECT id, name, segment FROM customers WHERE merged_into IS NULL ORDER BY name, id')).map((row) => {
    const r = new RowReader('customers', row);
    const id = r.text('id');
    return {
      id, name: r.text('name'), segment: r.as('segment', DirectoryCustomer.shape.segment),
      identities: columnValue(DirectoryCustomer.shape.identities, accounts.get(id) ?? [], 'customers.identities'),
    };
  });
}
