// The central API under many consoles: 200 simulated consoles on loopback, each pulling every
// PULL_EVERY_MS and pushing a reply every PUSH_EVERY_MS (a fixed request rate, staggered), against
// the SQLite sandbox, one organisation node on PostgreSQL, and two nodes on one database (each
// console pulling from one node and pushing to the other). The floor is GET /v1/health at the
// same rate on the same server: a round trip that reads no database.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ApiClient } from '../src/main/sync/api-client.ts';
import { seedDemo } from '../src/server/organisation/demo.ts';
import { loadScenario } from '../src/server/scenario.ts';
import { PostgresStore } from '../src/server/store/postgres-store.ts';
import { startProcess } from '../tests/fixtures/organisation-node.ts';
import { startCluster } from '../tests/fixtures/postgres-cluster.ts';
import { withoutAutoReplies } from '../tests/fixtures/sandbox.ts';
import { startSandboxProcess } from './sandbox-process.ts';
import { latencyOf, type Latency } from './stats.ts';

export const CONSOLES = 200;
const PULL_EVERY_MS = 5_000;
const PUSH_EVERY_MS = 20_000;
const MEASURED_MS = 30_000;
/** The same load before the measured time, not counted: each server warms up (its JIT, its caches) first. */
const WARMUP_MS = 5_000;
/** Sign-ins at once while the consoles start (each is a scrypt hash on the organisation's server). */
const SIGN_INS_AT_ONCE = 8;

export interface LoadFigures {
  pull: Latency;
  push: Latency;
  floor: Latency;
  /** Requests answered per second over the measured time, pulls and pushes. */
  throughput: number;
  errors: number;
}

interface Console {
  pullApi: ApiClient;
  pushApi: ApiClient;
  health: string;
  clientId: string;
  cursor: string | null;
  seq: number;
  caseId: string;
}

/** The default scenario's agents with an open case each, for the consoles to reply on. */
const AGENT_CASES = withoutAutoReplies(loadScenario('default')).cases
  .filter((c) => c.assignedTo !== null && c.status !== 'resolved')
  .map((c) => ({ agent: c.assignedTo!, caseId: c.key }));

async function startConsoles(pullUrls: string[], pushUrls: string[]): Promise<Console[]> {
  const consoles: Console[] = [];
  for (let i = 0; i < CONSOLES; i += SIGN_INS_AT_ONCE) {
    const batch = Array.from({ length: Math.min(SIGN_INS_AT_ONCE, CONSOLES - i) }, async (_, k) => {
      const n = i + k;
      const { agent, caseId } = AGENT_CASES[n % AGENT_CASES.length]!;
      let token = '';
      const pullApi = new ApiClient({ baseUrl: pullUrls[n % pullUrls.length]!, token: () => token });
      const pushApi = new ApiClient({ baseUrl: pushUrls[n % pushUrls.length]!, token: () => token });
      const clientId = randomUUID();
      token = (await pullApi.login(agent, 'sandbox', clientId)).token;
      const console: Console = { pullApi, pushApi, health: `${pullUrls[n % pullUrls.length]!}/v1/health`, clientId, cursor: null, seq: 0, caseId };
      // The first sync, not measured: the measured pulls are a console keeping up.
      for (let more = true; more;) {
        const page = await pullApi.pull(console.cursor, 500);
        console.cursor = page.cursor;
        more = page.hasMore;
      }
      return console;
    });
    consoles.push(...await Promise.all(batch));
  }
  return consoles;
}

async function drive(consoles: Console[]): Promise<LoadFigures> {
  const pulls: number[] = [];
  const pushes: number[] = [];
  const floor: number[] = [];
  let errors = 0;
  const began = performance.now();
  const started = began + WARMUP_MS;
  const end = started + MEASURED_MS;
  const timed = async (samples: number[], work: () => Promise<unknown>) => {
    const start = performance.now();
    try {
      await work();
      if (start >= started) samples.push(performance.now() - start);
    } catch {
      errors += 1;
    }
  };
  const running: Promise<void>[] = consoles.map(async (c, i) => {
    // Staggered: the consoles' requests spread evenly over each period.
    let nextPull = began + (i / consoles.length) * PULL_EVERY_MS;
    let nextPush = began + (i / consoles.length) * PUSH_EVERY_MS;
    for (;;) {
      const next = Math.min(nextPull, nextPush);
      if (next >= end) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
      if (nextPull <= nextPush) {
        nextPull += PULL_EVERY_MS;
        await timed(floor, async () => (await fetch(c.health)).arrayBuffer());
        await timed(pulls, async () => {
          const page = await c.pullApi.pull(c.cursor, 500);
          c.cursor = page.cursor;
        });
      } else {
        nextPush += PUSH_EVERY_MS;
        c.seq += 1;
        const mutation = { seq: c.seq, id: randomUUID(), name: 'send_reply', baseVersion: null, args: { caseId: c.caseId, messageId: randomUUID(), text: `Respuesta ${c.seq}` } };
        await timed(pushes, () => c.pushApi.push(c.clientId, [mutation]));
      }
    }
  });
  await Promise.all(running);
  const seconds = MEASURED_MS / 1000;
  return { pull: latencyOf(pulls), push: latencyOf(pushes), floor: latencyOf(floor), throughput: (pulls.length + pushes.length) / seconds, errors };
}

export interface NodesFigures {
  sqlite: LoadFigures;
  oneNode: LoadFigures;
  twoNodes: LoadFigures;
}

export async function measureNodes(progress: (line: string) => void): Promise<NodesFigures> {
  progress(`  the SQLite sandbox in a process of its own, ${CONSOLES} consoles…`);
  const sandbox = await startSandboxProcess(null);
  let sqlite: LoadFigures;
  try {
    sqlite = await drive(await startConsoles([sandbox.url], [sandbox.url]));
  } finally {
    await sandbox.close();
  }
  // Every commit flushed, as an organisation's database runs (the tests' cluster skips the flushes).
  const cluster = await startCluster({ durable: true });
  try {
    const oneNode = await onPostgres(cluster.url, 1, progress);
    const twoNodes = await onPostgres(cluster.url, 2, progress);
    return { sqlite, oneNode, twoNodes };
  } finally {
    cluster.stop();
  }
}

/** A fresh database seeded with the scenario, `count` nodes on it, and the consoles driven against them. */
async function onPostgres(clusterUrl: string, count: number, progress: (line: string) => void): Promise<LoadFigures> {
  const name = `bench_${count}_nodes`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = clusterUrl.replace(/\/postgres$/, `/${name}`);
  const store = await PostgresStore.open(database);
  await seedDemo(store, withoutAutoReplies(loadScenario('default')));
  await store.close();
  progress(`  ${count} organisation node${count === 1 ? '' : 's'} on PostgreSQL, ${CONSOLES} consoles…`);
  const nodes = Array.from({ length: count }, () => startProcess(database, {}, { keepLogs: false }));
  try {
    const urls = (await Promise.all(nodes.map((n) => n.listening))).map((n) => n.url);
    // With two nodes each console pulls from one and pushes to the other.
    return await drive(await startConsoles(urls, [...urls.slice(1), ...urls.slice(0, 1)]));
  } finally {
    for (const node of nodes) node.child.kill('SIGTERM');
    await Promise.all(nodes.map(async (n) => (await n.listening).exited));
  }
}
