// A demo database for an organisation's server (`--scenario default`): the scenario's users,
// customers and cases, seeded once and only into a database that holds none of them yet.
import { hashPassword } from '../passwords.ts';
import { SANDBOX_PASSWORD, isSeeded, reseed } from '../sandbox/seed.ts';
import type { Scenario } from '../scenario.ts';
import type { PostgresStore } from '../store/postgres-store.ts';

/** Seeds `scenario` into an empty database; resolves to whether it did. Its users sign in with the sandbox's password. */
export async function seedDemo(store: PostgresStore, scenario: Scenario): Promise<boolean> {
  const password = await hashPassword(SANDBOX_PASSWORD);
  return store.withSql(async (sql) => {
    const holds = await sql.row('SELECT 1 FROM users UNION ALL SELECT 1 FROM customers UNION ALL SELECT 1 FROM cases LIMIT 1');
    if (await isSeeded(sql) || holds !== undefined) return false;
    await reseed(sql, scenario, new Date(), { password });
    return true;
  });
}
