// Pokes across nodes on a real PostgreSQL database: another node's notice is heard and the node's
// own is not; when the listening connection is cut (a database restart, a failover, a proxy's
// idle timeout), the relay listens again by itself and pokes its consoles once for what it missed.
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { postgresDatabase } from '../../../tests/fixtures/postgres.ts';
import { waitFor } from '../../../tests/fixtures/wait.ts';
import { PokeRelay, tellNodes } from './poke-relay.ts';

const open: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const each of open.splice(0).reverse()) await each.close();
});

async function listening() {
  const url = await postgresDatabase();
  const pool = new pg.Pool({ connectionString: url });
  open.push({ close: () => pool.end() });
  let heard = 0;
  const relay = new PokeRelay(url, () => (heard += 1));
  open.push(relay);
  await relay.start();
  return { pool, relay, heard: () => heard };
}

it('hears the other nodes and not itself', async () => {
  const node = await listening();
  await node.relay.send(node.pool);
  await tellNodes(node.pool);
  // Notices arrive in the order they were sent: once the other's is heard, its own has come and gone.
  await waitFor(() => node.heard() >= 1, 'the other node’s notice');
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(node.heard()).toBe(1);
});

it('listens again after its connection is cut, poking its consoles once for what it missed', async () => {
  const node = await listening();
  const cut = await node.pool.query<{ cut: boolean }>(
    "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'",
  );
  expect(cut.rows).toEqual([{ cut: true }]);
  await waitFor(() => node.heard() === 1, 'the poke after listening again');
  await tellNodes(node.pool);
  await waitFor(() => node.heard() === 2, 'a notice after listening again');
});
