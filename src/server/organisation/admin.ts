// Administrators' commands on an organisation's users (there is no sign-up): adding one, changing
// their role or password, disabling and enabling them, listing them and their devices, and
// revoking a lost device.
import { ROLES, type Role } from '../../shared/domain.ts';
import { Feed } from '../feed.ts';
import { hashPassword } from '../passwords.ts';
import type { PostgresStore } from '../store/postgres-store.ts';
import { pgSql } from '../store/postgres/pg-sql.ts';
import { sessions } from '../store/shared/sessions.ts';
import type { Sql } from '../store/sql.ts';
import { tellNodes } from './poke-relay.ts';

export interface NewUser {
  username: string;
  role: Role;
  /** Shown to colleagues; the username when omitted. */
  name?: string;
  team?: string;
  password: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** NIST's floor for a chosen password. */
const MIN_PASSWORD = 8;

function checkRole(role: string): asserts role is Role {
  if (!ROLES.includes(role as Role)) throw new Error(`--role is one of ${ROLES.join(', ')}: not "${role}"`);
}

/** The password's scrypt hash, once it is long enough. */
function passwordHash(password: string): Promise<string> {
  if (Array.from(new Intl.Segmenter().segment(password)).length < MIN_PASSWORD) throw new Error(`The password must have at least ${MIN_PASSWORD} characters`);
  return hashPassword(password);
}

/** Adds a user and publishes them to every console; refuses one that exists. */
export async function addUser(store: PostgresStore, user: NewUser): Promise<void> {
  if (!USERNAME.test(user.username)) throw new Error(`A username is lower-case letters, digits, '.', '_' or '-' (at most 64): not "${user.username}"`);
  checkRole(user.role);
  const password = await passwordHash(user.password);
  await store.withSql(async (sql) => {
    if (await sql.row('SELECT 1 FROM users WHERE username = ?', user.username)) throw new Error(`There is a user "${user.username}" already`);
    const version = await sql.nextVersion();
    await sql.run(`INSERT INTO users (username, name, role, team, password, version, hired_at, supervises, routed)
      VALUES (?, ?, ?, ?, ?, ?, ?, '[]', 1)`, user.username, user.name ?? user.username, user.role, user.team ?? null, password, version,
    new Date().toISOString().slice(0, 10));
    await new Feed(sql).publishGlobal('agent', user.username, version);
  });
  await tellNodes(store.pool);
}

/** What a change writes to a user's row. */
type Columns = { role?: Role; password?: string; disabled?: number; routed?: number };

/**
 * Changes an existing user and ends their sessions, in one transaction: their tokens stop holding
 * as the sandbox's expire control ends them, so each console asks them to sign in again (a revoke
 * would wipe the device's unsent work). Their event streams close at each node's next heartbeat.
 * `publish`: what consoles hold of the user changed, so they get it with a new version.
 * `rescope`: what the user may see changed, so their consoles' cursors are refused from here on.
 */
async function changeUser(store: PostgresStore, username: string, columns: Columns, publish: boolean, rescope = false): Promise<void> {
  await store.withSql(async (sql) => {
    await requireUser(sql, username);
    const values: Record<string, string | number> = { ...columns };
    if (publish) values.version = await sql.nextVersion();
    // The column names are this file's own, never the caller's text.
    await sql.run(`UPDATE users SET ${Object.keys(values).map((c) => `${c} = ?`).join(', ')} WHERE username = ?`, ...Object.values(values), username);
    if (publish) await new Feed(sql).publishGlobal('agent', username, values.version as number);
    if (rescope) await sql.run('UPDATE users SET scope_from = (SELECT coalesce(max(seq), 0) FROM feed) WHERE username = ?', username);
    await sessions(sql, (work) => work(sql)).end(username, null, 'expired');
  });
  await tellNodes(store.pool);
}

async function requireUser(sql: Sql, username: string): Promise<void> {
  if (!await sql.row('SELECT 1 FROM users WHERE username = ?', username)) throw new Error(`There is no user "${username}"`);
}

/**
 * A new role: consoles hear of it, and the user signs in again as that role. What their console
 * holds was pulled for the old role, so its cursor is refused from here on and it pulls again
 * from the start (its outbox kept).
 */
export function setRole(store: PostgresStore, username: string, role: string): Promise<void> {
  checkRole(role);
  return changeUser(store, username, { role }, true, true);
}

export async function resetPassword(store: PostgresStore, username: string, password: string): Promise<void> {
  await changeUser(store, username, { password: await passwordHash(password) }, false);
}

/**
 * A disabled user cannot sign in and is routed no new case (consoles hear that, so the routing
 * simulation agrees); what they did stays. Every user of an organisation's server is routed, so
 * enabling routes them again.
 */
export function setDisabled(store: PostgresStore, username: string, disabled: boolean): Promise<void> {
  return changeUser(store, username, { disabled: disabled ? 1 : 0, routed: disabled ? 0 : 1 }, true);
}

export interface UserListing { username: string; role: string; name: string; team: string | null; disabled: boolean }

export async function listUsers(store: PostgresStore): Promise<UserListing[]> {
  const rows = await pgSql(store.pool).rows<Omit<UserListing, 'disabled'> & { disabled: number }>('SELECT username, role, name, team, disabled FROM users');
  // By code point, as usernames are written: not by the database's collation.
  return rows.map((r) => ({ ...r, disabled: r.disabled === 1 })).sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
}

/** One line a user under a heading, each column as wide as its widest value. */
export function userTable(users: readonly UserListing[]): string {
  return table(['USERNAME', 'ROLE', 'NAME', 'TEAM', 'DISABLED'], users.map((u) => [u.username, u.role, u.name, u.team ?? '-', u.disabled ? 'yes' : 'no']));
}

function table(heading: readonly string[], rows: readonly string[][]): string {
  const lines = [heading, ...rows];
  const widths = heading.map((_, i) => Math.max(...lines.map((l) => l[i]?.length ?? 0)));
  return lines.map((l) => l.map((cell, i) => (i === l.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n';
}

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

/** A table under its heading, each column as wide as its widest value. */
export function deviceTable(devices: readonly DeviceListing[]): string {
  return table(['DEVICE', 'LAST SIGN-IN', 'REVOKED'], devices.map((d) => [d.device, d.lastSignIn, d.revoked ? 'yes' : 'no']));
}
