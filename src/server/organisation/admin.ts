// Administrators' commands on an organisation's users (there is no sign-up): adding one, changing
// their role, team, teams supervised or password, disabling and enabling them, and listing them.
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
type Columns = { role?: Role; password?: string; disabled?: number; routed?: number; team?: string; supervises?: string };

/** What else a change means, beside its columns. */
interface Consequences {
  /** What consoles hold of the user changed, so they get it with a new version. */
  publish: boolean;
  /** What the user may see changed: their consoles' cursors are refused from here on, and they pull from the start. */
  rescope: boolean;
  /**
   * Their sessions end: their tokens stop holding as the sandbox's expire control ends them, so
   * each console asks them to sign in again (a revoke would wipe the device's unsent work).
   * Their event streams close at each node's next heartbeat.
   */
  signOut: boolean;
}

/** Changes an existing user, and what follows from it, in one transaction. */
async function changeUser(store: PostgresStore, username: string, columns: Columns, then: Consequences): Promise<void> {
  await store.withSql(async (sql) => {
    await requireUser(sql, username);
    const values: Record<string, string | number> = { ...columns };
    if (then.publish) values.version = await sql.nextVersion();
    // The column names are this file's own, never the caller's text.
    await sql.run(`UPDATE users SET ${Object.keys(values).map((c) => `${c} = ?`).join(', ')} WHERE username = ?`, ...Object.values(values), username);
    if (then.publish) await new Feed(sql).publishGlobal('agent', username, values.version as number);
    if (then.rescope) await sql.run('UPDATE users SET scope_from = (SELECT coalesce(max(seq), 0) FROM feed) WHERE username = ?', username);
    if (then.signOut) await sessions(sql, (work) => work(sql)).end(username, null, 'expired');
  });
  await tellNodes(store.pool);
}

export async function requireUser(sql: Sql, username: string): Promise<void> {
  if (!await sql.row('SELECT 1 FROM users WHERE username = ?', username)) throw new Error(`There is no user "${username}"`);
}

/**
 * A new role: consoles hear of it, and the user signs in again as that role. What their console
 * holds was pulled for the old role, so its cursor is refused from here on and it pulls again
 * from the start (its outbox kept).
 */
export function setRole(store: PostgresStore, username: string, role: string): Promise<void> {
  checkRole(role);
  // Only a supervisor supervises: a supervisor made agent or trainer lets go of their teams.
  return changeUser(store, username, role === 'supervisor' ? { role } : { role, supervises: '[]' }, { publish: true, rescope: true, signOut: true });
}

/** Moves a user to another team: who supervises them, their team's templates and overflow follow, without signing them out. */
export function setTeam(store: PostgresStore, username: string, team: string): Promise<void> {
  return changeUser(store, username, { team: teamName(team) }, { publish: true, rescope: true, signOut: false });
}

/** The teams a supervisor supervises, replaced (each once): their QA, coaching and reports follow. */
export async function setSupervises(store: PostgresStore, username: string, teams: readonly string[]): Promise<string[]> {
  const role = await pgSql(store.pool).row<{ role: string }>('SELECT role FROM users WHERE username = ?', username);
  if (role && role.role !== 'supervisor') throw new Error(`"${username}" is ${role.role === 'agent' ? 'an' : 'a'} ${role.role}: only a supervisor supervises teams (admin set-role first)`);
  const supervised = [...new Set(teams.map(teamName))];
  await changeUser(store, username, { supervises: JSON.stringify(supervised) }, { publish: true, rescope: true, signOut: false });
  return supervised;
}

const teamName = (team: string): string => {
  const name = team.trim();
  if (name.length === 0 || name.length > 64) throw new Error(`A team is named by 1 to 64 characters: not "${team}"`);
  return name;
};

export async function resetPassword(store: PostgresStore, username: string, password: string): Promise<void> {
  await changeUser(store, username, { password: await passwordHash(password) }, { publish: false, rescope: false, signOut: true });
}

/**
 * A disabled user cannot sign in and is routed no new case (consoles hear that, so the routing
 * simulation agrees); what they did stays. Every user of an organisation's server is routed, so
 * enabling routes them again.
 */
export function setDisabled(store: PostgresStore, username: string, disabled: boolean): Promise<void> {
  return changeUser(store, username, { disabled: disabled ? 1 : 0, routed: disabled ? 0 : 1 }, { publish: true, rescope: false, signOut: true });
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

/** Rows under a heading, each column as wide as its widest value. */
export function table(heading: readonly string[], rows: readonly string[][]): string {
  const lines = [heading, ...rows];
  const widths = heading.map((_, i) => Math.max(...lines.map((l) => l[i]?.length ?? 0)));
  return lines.map((l) => l.map((cell, i) => (i === l.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n';
}

