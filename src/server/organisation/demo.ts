// A demo database for an organisation's server (`--scenario default`): the scenario's users,
// customers and cases, seeded once and only into a database that holds no users yet.
import { hashPassword } from '../passwords.ts';
import { SANDBOX_PASSWORD, isSeeded, reseed } from '../sandbox/seed.ts';
import type { Scenario } from '../scenario.ts';
import type { PostgresStore } from '../store/postgres-store.ts';

/** Seeds `scenario` unless the database has users; resolves to whether it did. Its users sign in with the sandbox's password. */
export async function seedDemo(store: PostgresStore, scenario: Scenario): Promise<boolean> {
  const password = await hashPassword(SANDBOX_PASSWORD);
  return store.withSql(async (sql) => {
    if (await isSeeded(sql) || (await sql.row('SELECT 1 FROM users LIMIT 1')) !== undefined) return false;
    await reseed(sql, scenario, new Date(), { password });
    return true;
  });
}
