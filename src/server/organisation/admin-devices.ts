// Administrators' commands on a user's devices: which they signed in on, and revoking a lost one.
import type { PostgresStore } from '../store/postgres-store.ts';
import { pgSql } from '../store/postgres/pg-sql.ts';
import { sessions } from '../store/shared/sessions.ts';
import { requireUser, table } from './admin.ts';
import { tellNodes } from './poke-relay.ts';

export interface DeviceListing { device: string; lastSignIn: string; revoked: boolean }

/** The devices a user signed in on, the latest first, and whether each one's last sign-in was revoked. */
export async function listDevices(store: PostgresStore, username: string): Promise<DeviceListing[]> {
  const sql = pgSql(store.pool);
  await requireUser(sql, username);
  const rows = await sql.rows<{ device: string; at: string; state: string }>(
    'SELECT device_id AS device, created_at AS at, state FROM tokens WHERE username = ? AND device_id IS NOT NULL ORDER BY created_at DESC', username);
  const latest = new Map<string, DeviceListing>();
  for (const row of rows) if (!latest.has(row.device)) latest.set(row.device, { device: row.device, lastSignIn: row.at, revoked: row.state === 'revoked' });
  return [...latest.values()];
}

/**
 * A lost or stolen laptop: its sessions end as revoked and its outboxes are stopped, so at its
 * next contact the console wipes the profile's data and token (the user's other devices go on).
 * Its event streams close at each node's next heartbeat.
 */
export async function revokeDevice(store: PostgresStore, username: string, deviceId: string): Promise<number> {
  const ended = await store.withSql(async (sql) => {
    await requireUser(sql, username);
    if (!await sql.row('SELECT 1 FROM tokens WHERE username = ? AND device_id = ?', username, deviceId)) {
      throw new Error(`"${username}" never signed in on a device "${deviceId}": see admin list-devices`);
    }
    const theirs = sessions(sql, (work) => work(sql));
    const tokens = await theirs.end(username, deviceId, 'revoked');
    await theirs.revokeClients(username, deviceId, new Date().toISOString());
    return tokens;
  });
  await tellNodes(store.pool);
  return ended;
}

/** The devices under a heading, aligned. */
export function deviceTable(devices: readonly DeviceListing[]): string {
  return table(['DEVICE', 'LAST SIGN-IN', 'REVOKED'], devices.map((d) => [d.device, d.lastSignIn, d.revoked ? 'yes' : 'no']));
}
