// Administrators' commands on an organisation's database: users and roles (there is no
// sign-up), and a new epoch after restoring a backup.
import { ROLES, type Role } from '../../shared/domain.ts';
import { Feed } from '../feed.ts';
import { hashPassword } from '../passwords.ts';
import type { PostgresStore } from '../store/postgres-store.ts';
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

/** Adds a user and publishes them to every console; refuses one that exists. */
export async function addUser(store: PostgresStore, user: NewUser): Promise<void> {
  if (!USERNAME.test(user.username)) throw new Error(`A username is lower-case letters, digits, '.', '_' or '-' (at most 64): not "${user.username}"`);
  if (!ROLES.includes(user.role)) throw new Error(`--role is one of ${ROLES.join(', ')}: not "${user.role}"`);
  if (Array.from(new Intl.Segmenter().segment(user.password)).length < MIN_PASSWORD) throw new Error(`The password must have at least ${MIN_PASSWORD} characters`);
  const password = await hashPassword(user.password);
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
